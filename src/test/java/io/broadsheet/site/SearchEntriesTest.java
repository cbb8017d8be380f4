package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEntriesTest {
    private static final long SEED = 20261128L;

    @TempDir
    Path dir;

    @Test
    void aSetReadsTheDeltasEntriesInPlaceOfTheFirstFiles() throws IOException {
        Random random = new Random(SEED);
        SortedMap<String, byte[]> base = new TreeMap<>();
        for (int n = 0; n < 500; n++) base.put(String.format("a%04d", random.nextInt(10_000)), bytes("base " + n));
        SortedMap<String, byte[]> delta = new TreeMap<>();
        for (String id : base.keySet()) if (random.nextInt(10) == 0) delta.put(id, bytes("delta " + id));
        String set = SearchEntries.set(write(base), write(delta));
        assertThat(SearchEntries.files(set)).hasSize(2);

        SortedMap<String, byte[]> replaced = SearchEntries.replacements(dir, set);
        assertThat(replaced.keySet()).isEqualTo(delta.keySet());
        try (SearchEntries.Reader reader = new SearchEntries.Reader(dir, set)) {
            for (String id : base.keySet()) {
                byte[] expected = delta.containsKey(id) ? delta.get(id) : base.get(id);
                assertThat(reader.entry(id)).as("seed %d: %s", SEED, id).isEqualTo(expected);
            }
            reader.finish();
        }
        assertThat(SearchEntries.replacements(dir, SearchEntries.files(set).get(0))).as("a set of one file").isEmpty();
    }

    @Test
    void aDamagedFileOfASetIsFoundWhenReadThrough() throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        for (int n = 0; n < 50; n++) entries.put("id" + n, bytes("entry " + n));
        String base = write(entries);
        String delta = write(new TreeMap<>(entries.headMap("id2")));
        flipLastByte(dir.resolve(delta));
        assertThatThrownBy(() -> SearchEntries.replacements(dir, SearchEntries.set(base, delta)))
                .isInstanceOf(IOException.class).hasMessageContaining("damaged");

        flipLastByte(dir.resolve(base));
        try (SearchEntries.Reader reader = new SearchEntries.Reader(dir, base)) {
            reader.entry("id0");
            assertThatThrownBy(reader::finish).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        }
        assertThatThrownBy(() -> new SearchEntries.Reader(dir, base + "+" + delta + "+" + base))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theSameEntriesWrittenAgainGoToANewFileAndLeaveTheFirstAsItWas() throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        for (int n = 0; n < 20; n++) entries.put("id" + n, bytes("entry " + n));
        String first = write(entries);
        byte[] before = Files.readAllBytes(dir.resolve(first));
        String second = write(entries);
        String third = write(entries);

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().allMatch(SearchEntries::isName);
        assertThat(Files.readAllBytes(dir.resolve(first))).isEqualTo(before);
        for (String name : List.of(first, second, third)) {
            try (SearchEntries.Reader reader = new SearchEntries.Reader(dir, name)) {
                assertThat(reader.entry("id7")).isEqualTo(bytes("entry 7"));
                reader.finish();
            }
        }
        // A file renamed to another checksum's name, as damage to the folder could leave it, is found out.
        Files.move(dir.resolve(third), dir.resolve("search-00000000-1.bin"));
        try (SearchEntries.Reader reader = new SearchEntries.Reader(dir, "search-00000000-1.bin")) {
            assertThatThrownBy(reader::finish).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        }
    }

    private String write(SortedMap<String, byte[]> entries) throws IOException {
        try (SearchEntries.Writer writer = new SearchEntries.Writer(dir)) {
            for (var entry : entries.entrySet()) writer.add(entry.getKey(), entry.getValue());
            return writer.finish();
        }
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
