package io.broadsheet.cli;

import io.broadsheet.serve.PreviewServer;
import io.broadsheet.serve.Watcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code broadsheet serve}: builds the site, serves it on this machine and rebuilds it when its inputs change. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Builds the site, serves it on http://127.0.0.1:PORT/ and rebuilds it whenever the seeds, the templates"
                + " or the settings file change; open pages reload themselves after each rebuild.",
            "The reloading script is added to pages as they are served and never written into the site.",
            "When a rebuild fails, the last good site stays served."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped after serving",
            "2:usage or set-up error (missing folder, output not replaceable, port in use)"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", defaultValue = "1111",
            description = "port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, not " + port);
        }
        if (site.templatesMissing() || site.quietAndVerbose()) return 2;
        if (site.build().isEmpty()) return 2;
        try (PreviewServer server = PreviewServer.start(site.out, port);
             Watcher watcher = Watcher.start(List.of(site.seeds, site.templates), List.of(site.config), site.out,
                     Watcher.DEFAULT_QUIET, () -> rebuild(stdout, err), server::reload)) {
            stdout.printf("Serving %s/ at %s (Ctrl+C to stop)%n", site.out, server.uri());
            stdout.flush();
            // Serve until the process is stopped (Ctrl+C) or, in tests, this thread is interrupted.
            new CountDownLatch(1).await();
            return 0;
        } catch (BindException e) {
            err.println("broadsheet: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another --port");
        } catch (IOException e) {
            err.println("broadsheet: cannot serve " + site.out + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        err.flush();
        return 2;
    }

    private boolean rebuild(PrintWriter stdout, PrintWriter err) {
        stdout.println("Change seen, rebuilding");
        stdout.flush();
        boolean built = site.build().isPresent();
        if (!built) {
            err.println("broadsheet: still serving the last good site");
            err.flush();
        }
        return built;
    }
}
