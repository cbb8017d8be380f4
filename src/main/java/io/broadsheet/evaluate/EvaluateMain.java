package io.broadsheet.evaluate;

import io.broadsheet.parse.DumpSyntaxException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code broadsheet evaluate [CORPUS]}: scores the classifier on a labelled corpus folder and
 * prints the report as Markdown.
 */
public final class EvaluateMain {
    /** The corpus used when none is named: the shared dev corpus beside the project. */
    public static final String DEFAULT_CORPUS = "../shared/corpus/dev";

    private EvaluateMain() {}

    /**
     * Runs the evaluation.
     *
     * @param args at most one argument, the corpus folder
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
    }

    /** Runs the evaluation, printing the report to {@code out}; returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("usage: broadsheet evaluate [CORPUS]");
            return 2;
        }
        String corpus = args.length == 1 ? args[0] : DEFAULT_CORPUS;
        Path folder = Path.of(corpus);
        if (!Files.isRegularFile(folder.resolve("labels.json")) || !Files.isDirectory(folder.resolve("seeds"))) {
            err.println("not a labelled corpus (labels.json and seeds/ expected): " + folder);
            return 2;
        }
        try {
            EvaluationReport report = Evaluation.run(folder);
            out.print(ReportMarkdown.render(report, "broadsheet evaluate " + corpus));
            return 0;
        } catch (IOException | DumpSyntaxException e) {
            err.println("evaluation failed: " + e.getMessage());
            return 1;
        }
    }
}
