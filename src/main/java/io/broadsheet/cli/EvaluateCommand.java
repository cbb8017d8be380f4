package io.broadsheet.cli;

import io.broadsheet.evaluate.CrossValidation;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code broadsheet evaluate}: scores the classifier on a labelled corpus, with its shipped weights or by
 * cross-validation, and prints the report as Markdown.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Scores extraction on a labelled corpus and prints the report as Markdown.",
            "Body-snippet recall and furniture-snippet rejection of the reading view, overall, per language and"
                + " for the worst dumps, beside simple baselines, as committed in docs/extraction.md.",
            "A corpus is a folder with seeds/*.txt and labels.json."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--cross-validate",
            description = {"Score by two-fold cross-validation by dump instead of with the shipped weights:"
                + " the dumps are split in two halves (sorted by name, shuffled with a fixed seed), the"
                + " classifier's weights are fitted on one half's labels as tools/fit_weights.py fits them and"
                + " the whole classifier scores the other half, and the other way round; the report pools both."})
    boolean crossValidate;

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
            out.print(crossValidate
                    ? ReportMarkdown.renderCrossValidated(CrossValidation.run(corpus),
                            "broadsheet evaluate --cross-validate " + corpus)
                    : ReportMarkdown.render(Evaluation.run(corpus), "broadsheet evaluate " + corpus));
            out.flush();
            return 0;
        } catch (IOException | DumpSyntaxException | IllegalArgumentException e) {
            err.println("broadsheet: evaluation failed: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
