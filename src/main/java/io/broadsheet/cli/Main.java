package io.broadsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command: parses options and hands the work to the library. */
@Command(name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns dumps of scraped news articles into a browsable, attributed static archive.",
        subcommands = {BuildCommand.class, CheckCommand.class, EvaluateCommand.class, GenerateCommand.class,
            ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute; tests redirect its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'broadsheet build'");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/broadsheet/version.properties")) {
                if (in != null) properties.load(in);
            }
            return new String[] {"broadsheet " + properties.getProperty("version", "unknown")};
        }
    }
}
