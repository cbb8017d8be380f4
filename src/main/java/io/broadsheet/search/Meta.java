package io.broadsheet.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index's {@code meta} file: what the search page loads first, and the totals an edit updates to know whether
 * the {@link IndexLayout}'s rules still cut and score as they did.
 *
 * @param count         article numbers, from 0, that the documents table spans
 * @param articles      articles in the index (numbers of articles that failed to render have none)
 * @param totalLength   the sum of the articles' lengths, for the average length
 * @param shardWords    words in shards (not in files of their own)
 * @param shardPostings the postings of those words
 * @param shards        each shard's first word and file name, in word order
 * @param alone         each word with a file of its own, and its file name, in word order
 * @param years         the years with a filter file
 * @param publishers    the publishers, whose place in this list names their filter file
 */
record Meta(int count, int articles, long totalLength, long shardWords, long shardPostings,
            List<List<String>> shards, List<List<String>> alone, List<Integer> years, List<String> publishers) {

    /** The file's data, in the order {@code search.js} and the docs list them. */
    Map<String, Object> toMap() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("count", count);
        meta.put("articles", articles);
        meta.put("documentsPerShard", IndexBuilder.DOCUMENTS_PER_SHARD);
        meta.put("scoreScale", IndexLayout.SCORE_SCALE);
        meta.put("totalLength", totalLength);
        meta.put("shardWords", shardWords);
        meta.put("shardPostings", shardPostings);
        meta.put("shards", shards);
        meta.put("alone", alone);
        meta.put("years", years);
        meta.put("publishers", publishers);
        return meta;
    }

    /**
     * Reads the data of a meta file written by this version.
     *
     * @throws IllegalArgumentException if a field is missing or of another type, or the file was made with other
     *                                  constants
     */
    static Meta of(JsonNode data) {
        if (data.path("documentsPerShard").asInt() != IndexBuilder.DOCUMENTS_PER_SHARD
                || data.path("scoreScale").asInt() != IndexLayout.SCORE_SCALE) {
            throw new IllegalArgumentException("an index with other constants");
        }
        List<Integer> years = new ArrayList<>();
        for (JsonNode year : array(data, "years")) years.add(year.intValue());
        List<String> publishers = new ArrayList<>();
        for (JsonNode publisher : array(data, "publishers")) publishers.add(publisher.textValue());
        return new Meta(number(data, "count"), number(data, "articles"), longNumber(data, "totalLength"),
                longNumber(data, "shardWords"), longNumber(data, "shardPostings"), pairs(data, "shards"),
                pairs(data, "alone"), years, publishers);
    }

    private static JsonNode array(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isArray()) throw new IllegalArgumentException("no list " + field);
        return node;
    }

    private static int number(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.canConvertToInt()) throw new IllegalArgumentException("no number " + field);
        return node.intValue();
    }

    private static long longNumber(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.canConvertToLong()) throw new IllegalArgumentException("no number " + field);
        return node.longValue();
    }

    private static List<List<String>> pairs(JsonNode data, String field) {
        List<List<String>> pairs = new ArrayList<>();
        for (JsonNode pair : array(data, field)) {
            if (pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                throw new IllegalArgumentException("not a word and a file name in " + field);
            }
            pairs.add(List.of(pair.get(0).textValue(), pair.get(1).textValue()));
        }
        return pairs;
    }
}
