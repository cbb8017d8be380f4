package io.broadsheet.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link EvaluationReport} as a Markdown page. */
public final class ReportMarkdown {
    /** How many of the worst dumps the page lists. */
    public static final int WORST = 15;

    private ReportMarkdown() {}

    /**
     * Renders a report.
     *
     * @param report  the scores
     * @param command the command that produced them, shown so that anyone can run it again
     */
    public static String render(EvaluationReport report, String command) {
        return render(report, command, "# Extraction quality\n\n");
    }

    /**
     * Renders a report of {@link CrossValidation}, saying how its figures were made.
     *
     * @param report  the pooled scores of both folds
     * @param command the command that produced them, shown so that anyone can run it again
     */
    public static String renderCrossValidated(EvaluationReport report, String command) {
        return render(report, command, "# Extraction quality, cross-validated\n\n"
                + "Two-fold cross-validation by dump: the dumps, sorted by file name, are shuffled with seed "
                + CrossValidation.SEED + " and dealt alternately into two halves; the classifier's weights are "
                + "fitted on the labelled paragraphs of one half as `tools/fit_weights.py` fits them, the whole "
                + "classifier scores the other half with them, and the other way round. The figures pool both "
                + "halves. The baselines use no weights and are the same as in-sample.\n\n");
    }

    private static String render(EvaluationReport report, String command, String opening) {
        StringBuilder md = new StringBuilder(opening);
        md.append("Produced by:\n\n```\n").append(command).append("\n```\n\n");
        md.append("Body recall is the share of labelled body snippets found in the reading view (lede, crossheads, ")
                .append("body); furniture rejection is the share of labelled furniture snippets absent from it. ")
                .append("Both count snippets over all dumps, whitespace collapsed.\n\n");
        md.append("## Overall\n\n");
        md.append("| Extractor | Dumps | Body snippets | Body recall | Furniture snippets | Furniture rejection |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        row(md, "Classifier", report.dumps().size(), report.classifier());
        row(md, "Keep every paragraph", report.dumps().size(), report.baseline());
        row(md, "Drop under 8 words or over half link text", report.dumps().size(), report.lengthRule());
        md.append("\n## By detected language\n\n");
        md.append("| Language | Dumps | Body snippets | Body recall | Furniture snippets | Furniture rejection |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        Map<String, Integer> counts = report.dumpsByLanguage();
        report.byLanguage().forEach((language, tally) -> row(md, "`" + language + "`", counts.get(language), tally));
        md.append("\n## Worst dumps\n\n");
        List<DumpResult> worst = report.worst(WORST);
        if (worst.isEmpty()) {
            md.append("Every snippet of every dump is treated right.\n");
        } else {
            md.append("| Dump | Language | Body kept | Furniture rejected |\n|---|---|---:|---:|\n");
            for (DumpResult d : worst) {
                Tally t = d.classifier();
                md.append("| `").append(d.fileName().replace("`", "'").replace("|", "\\|")).append("` | `")
                        .append(d.language()).append("` | ").append(t.bodyKept()).append(" / ").append(t.body())
                        .append(" | ").append(t.furnitureRejected()).append(" / ").append(t.furniture())
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, int dumps, Tally t) {
        md.append("| ").append(name).append(" | ").append(dumps).append(" | ").append(t.body()).append(" | ")
                .append(share(t.bodyRecall())).append(" | ").append(t.furniture()).append(" | ")
                .append(share(t.furnitureRejection())).append(" |\n");
    }

    private static String share(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
