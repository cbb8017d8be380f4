package io.broadsheet.cli;

import io.broadsheet.evaluate.Evaluation;
import io.broadsheet.evaluate.ReportMarkdown;
import io.broadsheet.parse.DumpSyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code broadsheet evaluate}: scores the classifier on a labelled corpus and prints the report as Markdown. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Scores extraction on a labelled corpus and prints the report as Markdown.",
            "Body-snippet recall and furniture-snippet rejection of the reading view, overall, per language and"
                + " for the worst dumps, beside simple baselines, as committed in docs/extraction.md.",
            "A corpus is a folder with seeds/*.txt and labels.json."})
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "0..1", defaultValue = "../shared/corpus/dev",
            description = "labelled corpus folder (default: ${DEFAULT-VALUE})")
    Path corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(corpus.resolve("labels.json")) || !Files.isDirectory(corpus.resolve("seeds"))) {
            err.println("broadsheet: not a labelled corpus (labels.json and seeds/ expected): " + corpus);
            err.flush();
            return 2;
        }
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ReportMarkdown.render(Evaluation.run(corpus), "broadsheet evaluate " + corpus));
            out.flush();
            return 0;
        } catch (IOException | DumpSyntaxException e) {
            err.println("broadsheet: evaluation failed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
