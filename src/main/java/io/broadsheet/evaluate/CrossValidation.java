package io.broadsheet.evaluate;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Sidecar;
import io.broadsheet.parse.DumpSyntaxException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Scores the classifier by two-fold cross-validation by dump, so that no page is judged by weights fitted on its
 * own labels. The dumps, sorted by file name, are shuffled with a {@link Random} seeded with {@link #SEED} and dealt
 * alternately into two folds. The logistic model's weights are fitted on the labelled paragraphs of one fold as
 * {@code tools/fit_weights.py} fits them, and the whole classifier, every rule, scores the other fold's dumps with
 * them; then the other way round. The report pools both folds. The archive profile is built from every dump, as the
 * site builds it from its whole archive: it reads no labels.
 */
public final class CrossValidation {
    /** The seed of the shuffle that splits the dumps, fixed so that every run splits a corpus alike. */
    public static final long SEED = 7;

    /* The fit of tools/fit_weights.py, number for number, so that the held-out figures judge the shipped recipe. */
    private static final double L2 = 0.01;
    private static final int STEPS = 3000;
    private static final double RATE = 0.5;

    private CrossValidation() {}

    /**
     * Reads a corpus folder ({@code labels.json} and {@code seeds/*.txt}) and scores it by cross-validation.
     *
     * @throws IOException if a file cannot be read or {@code labels.json} is malformed
     * @throws DumpSyntaxException if a dump is not a list of strings
     * @throws IllegalArgumentException if a fold has no labelled paragraph to fit on
     */
    public static EvaluationReport run(Path corpus) throws IOException, DumpSyntaxException {
        return score(Evaluation.load(corpus));
    }

    /**
     * Scores dumps that are already read by cross-validation; every dump is scored once, by the weights fitted on
     * the other fold.
     *
     * @throws IllegalArgumentException if a fold has no labelled paragraph to fit on
     */
    public static EvaluationReport score(List<LabelledDump> dumps) {
        ArchiveProfile profile = Evaluation.profile(dumps);
        Map<String, double[]> weights = new HashMap<>();
        for (List<String> fold : folds(dumps.stream().map(CrossValidation::name).toList())) {
            Set<String> held = new HashSet<>(fold);
            double[] fitted = fit(dumps.stream().filter(d -> !held.contains(name(d))).toList(), profile);
            for (String name : fold) weights.put(name, fitted);
        }
        return Evaluation.score(dumps, dump -> ArticleAssembler.assemble("dump", dump.source(), dump.paragraphs(),
                Sidecar.NONE, profile, weights.get(name(dump))));
    }

    /**
     * Splits file names into the two folds: sorted, shuffled with {@link #SEED}, dealt alternately. Each fold is
     * returned in file-name order.
     */
    public static List<List<String>> folds(List<String> fileNames) {
        List<String> order = new ArrayList<>(fileNames.stream().distinct().sorted().toList());
        Collections.shuffle(order, new Random(SEED));
        List<List<String>> folds = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < order.size(); i++) folds.get(i % 2).add(order.get(i));
        return folds.stream().map(f -> f.stream().sorted().toList()).toList();
    }

    /** The weights fitted on the labelled paragraphs of some dumps, read as {@code SignalTableMain} reads them. */
    private static double[] fit(List<LabelledDump> dumps, ArchiveProfile profile) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        // In file-name order, as the signal table lists them, so that the sums of the fit add up alike every run.
        for (LabelledDump dump : dumps.stream().sorted(Comparator.comparing(CrossValidation::name)).toList()) {
            for (SignalTableMain.Row row : SignalTableMain.rows(dump, profile)) {
                if (row.label().equals("-")) continue;
                x.add(row.signals());
                y.add(row.label().equals("body") ? 1.0 : 0.0);
            }
        }
        if (x.isEmpty()) throw new IllegalArgumentException("a fold has no labelled paragraph to fit the weights on");
        return fit(x.toArray(double[][]::new), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Logistic regression by gradient descent on standardised columns, weights returned for the raw columns, as
     * {@code fit} in {@code tools/fit_weights.py} computes it. Column 0 is the bias and is not standardised.
     *
     * @param x one row of signals per example, the first always 1
     * @param y 1 for body, 0 for furniture
     */
    static double[] fit(double[][] x, double[] y) {
        int n = x.length;
        int m = x[0].length;
        double[] mean = new double[m];
        double[] std = new double[m];
        for (double[] row : x) for (int j = 0; j < m; j++) mean[j] += row[j];
        for (int j = 0; j < m; j++) mean[j] /= n;
        for (double[] row : x) for (int j = 0; j < m; j++) std[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        // Population deviation, as numpy's std, and the same guard for constant columns.
        for (int j = 0; j < m; j++) std[j] = Math.sqrt(std[j] / n) + 1e-9;
        mean[0] = 0;
        std[0] = 1;
        double[][] z = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) z[i][j] = (x[i][j] - mean[j]) / std[j];
        double[] w = new double[m];
        double[] gradient = new double[m];
        for (int step = 0; step < STEPS; step++) {
            Arrays.fill(gradient, 0);
            for (int i = 0; i < n; i++) {
                double dot = 0;
                for (int j = 0; j < m; j++) dot += z[i][j] * w[j];
                double error = 1 / (1 + Math.exp(-dot)) - y[i];
                for (int j = 0; j < m; j++) gradient[j] += z[i][j] * error;
            }
            for (int j = 0; j < m; j++) w[j] -= RATE * (gradient[j] / n + L2 * w[j]);
        }
        double[] raw = new double[m];
        for (int j = 0; j < m; j++) {
            raw[j] = w[j] / std[j];
            raw[0] -= mean[j] / std[j] * w[j];
        }
        return raw;
    }

    private static String name(LabelledDump dump) {
        return dump.source().fileName();
    }
}
