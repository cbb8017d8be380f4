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

    /**
     * The files a prefix query loads, as search.js picks them: the shard its word would be in, those after it
     * starting with it, and the files of the words standing alone that start with it.
     */
    List<String> shardsFor(String prefix) {
        List<String> names = new ArrayList<>();
        JsonNode shards = meta.get("shards");
        int at = -1;
        for (int i = 0; i < shards.size(); i++) if (shards.get(i).get(0).asText().compareTo(prefix) <= 0) at = i;
        if (at >= 0) names.add(shards.get(at).get(1).asText());
        for (int j = at + 1; j < shards.size() && shards.get(j).get(0).asText().startsWith(prefix); j++) {
            names.add(shards.get(j).get(1).asText());
        }
        for (JsonNode alone : meta.get("alone")) {
            if (alone.get(0).asText().startsWith(prefix)) names.add(alone.get(1).asText());
        }
        return names;
    }

    /**
     * Every word those files hold that starts with the prefix, with its postings decoded: article → score, as
     * search.js ranks it (the stored score times the word's idf).
     */
    Map<String, Map<Integer, Double>> wordsStartingWith(String prefix) {
        Map<String, Map<Integer, Double>> words = new TreeMap<>();
        int articles = meta.get("articles").asInt();
        double scale = meta.get("scoreScale").asDouble();
        for (String name : shardsFor(prefix)) {
            data(name).fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith(prefix)) {
                    words.put(entry.getKey(), postings(entry.getValue().asText(), articles, scale));
                }
            });
        }
        return words;
    }

    static Map<Integer, Double> postings(String encoded, int articles, double scale) {
        long[] numbers = numbers(encoded);
        Map<Integer, Double> postings = new TreeMap<>();
        double count = numbers.length / 2.0;
        double idf = Math.log(1 + (articles - count + 0.5) / (count + 0.5));
        int doc = -1;
        for (int i = 0; i < numbers.length; i += 2) {
            doc += (int) numbers[i] + 1;
            postings.put(doc, idf * numbers[i + 1] / scale);
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
