package io.broadsheet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.broadsheet.parse.DumpParser;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated dumps should be shaped like the real ones in the dev corpus: a benchmark or a browse test on synthetic
 * archives is only worth something if the articles are about as long and as broken up as real pages.
 */
class CorpusLikenessTest {
    @Test
    void paragraphCountsAndLengthsAreLikeTheRealDumps() throws Exception {
        Optional<Path> corpus = Project.devCorpus();
        assumeTrue(corpus.isPresent(), "the dev corpus ../shared/corpus/dev is absent; skipping the comparison");
        List<Integer> realCounts = new ArrayList<>();
        List<Integer> realLengths = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(corpus.get().resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> paragraphs = DumpParser.parse(seed.getFileName().toString(), Files.readAllBytes(seed));
                realCounts.add(paragraphs.size());
                paragraphs.forEach(p -> realLengths.add(p.length()));
            }
        }
        List<Integer> counts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (GeneratedDump dump : ArchiveGenerator.generate(7L, 300).toList()) {
            List<String> paragraphs = DumpParser.parse(dump.fileName(), dump.dump());
            counts.add(paragraphs.size());
            paragraphs.forEach(p -> lengths.add(p.length()));
        }

        // The generated median must fall within the real interquartile range.
        assertThat(quantile(counts, 0.5)).isBetween(quantile(realCounts, 0.25), quantile(realCounts, 0.75));
        assertThat(quantile(lengths, 0.5)).isBetween(quantile(realLengths, 0.25), quantile(realLengths, 0.75));
    }

    private static int quantile(List<Integer> values, double q) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.floor(q * (sorted.size() - 1)));
    }
}
