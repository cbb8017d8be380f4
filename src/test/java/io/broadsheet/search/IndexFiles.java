package io.broadsheet.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads built index files back as search.js does, for tests. */
final class IndexFiles {
    private static final Pattern SCRIPT = Pattern.compile("BroadsheetSearch\\.load\\(\"([^\"]+)\",(.*)\\);\n",
            Pattern.DOTALL);
    private final Map<String, byte[]> files;
    final JsonNode meta;

    IndexFiles(Map<String, byte[]> files) {
        this.files = files;
        this.meta = data("meta");
    }

    /** The data a script file hands over, checking that it names itself. */
    JsonNode data(String name) {
        byte[] bytes = files.get("search/" + name + ".js");
        if (bytes == null) throw new IllegalArgumentException("no file " + name);
        Matcher m = SCRIPT.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!m.matches()) throw new IllegalStateException("not a load call: " + name);
        if (!m.group(1).equals(name)) throw new IllegalStateException("file " + name + " calls itself " + m.group(1));
        try {
            return new ObjectMapper().readTree(m.group(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shards a prefix query loads: the one its word would be in, and those after it starting with it. */
    List<String> shardsFor(String prefix) {
        JsonNode shards = meta.get("shards");
        int at = 0;
        for (int i = 0; i < shards.size(); i++) if (shards.get(i).asText().compareTo(prefix) <= 0) at = i;
        List<String> names = new ArrayList<>(List.of("t/" + at));
        for (int j = at + 1; j < shards.size() && shards.get(j).asText().startsWith(prefix); j++) names.add("t/" + j);
        return names;
    }

    /** Every word those shards hold that starts with the prefix, with its postings decoded: article → score. */
    Map<String, Map<Integer, Long>> wordsStartingWith(String prefix) {
        Map<String, Map<Integer, Long>> words = new TreeMap<>();
        for (String name : shardsFor(prefix)) {
            data(name).fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith(prefix)) words.put(entry.getKey(), postings(entry.getValue().asText()));
            });
        }
        return words;
    }

    static Map<Integer, Long> postings(String encoded) {
        long[] numbers = numbers(encoded);
        Map<Integer, Long> postings = new TreeMap<>();
        int doc = -1;
        for (int i = 0; i < numbers.length; i += 2) {
            doc += (int) numbers[i] + 1;
            postings.put(doc, numbers[i + 1]);
        }
        return postings;
    }

    /** The numbers in a run of digits written by {@link Base32Varint}, read as search.js reads them. */
    static long[] numbers(String text) {
        long[] values = new long[text.length()];
        int n = 0;
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Base32Varint.ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not a digit: " + text.charAt(i));
            value = (value << 5) | (digit & 31);
            if (digit < 32) {
                values[n++] = value;
                value = 0;
            }
        }
        return java.util.Arrays.copyOf(values, n);
    }
}
