package io.broadsheet.evaluate;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of scoring the classifier on a labelled corpus.
 *
 * @param dumps one result per dump, in file-name order
 */
public record EvaluationReport(List<DumpResult> dumps) {
    public EvaluationReport {
        dumps = List.copyOf(dumps);
    }

    /** The classifier's tally over all dumps. */
    public Tally classifier() {
        return dumps.stream().map(DumpResult::classifier).reduce(Tally.ZERO, Tally::plus);
    }

    /** The baseline's tally over all dumps. */
    public Tally baseline() {
        return dumps.stream().map(DumpResult::baseline).reduce(Tally.ZERO, Tally::plus);
    }

    /** The classifier's tally per detected language, languages in alphabetical order. */
    public SortedMap<String, Tally> byLanguage() {
        SortedMap<String, Tally> out = new TreeMap<>();
        for (DumpResult d : dumps) out.merge(d.language(), d.classifier(), Tally::plus);
        return out;
    }

    /** Number of dumps per detected language. */
    public SortedMap<String, Integer> dumpsByLanguage() {
        SortedMap<String, Integer> out = new TreeMap<>();
        for (DumpResult d : dumps) out.merge(d.language(), 1, Integer::sum);
        return out;
    }

    /** The dumps with the most wrongly treated snippets, worst first, ties by file name. */
    public List<DumpResult> worst(int limit) {
        return dumps.stream()
                .filter(d -> d.classifier().errors() > 0)
                .sorted(java.util.Comparator.comparingInt((DumpResult d) -> -d.classifier().errors())
                        .thenComparing(DumpResult::fileName))
                .limit(limit)
                .toList();
    }
}
