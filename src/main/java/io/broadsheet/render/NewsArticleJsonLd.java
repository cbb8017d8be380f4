package io.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.article.Metadata;
import java.util.List;
import java.util.Optional;

/**
 * Describes an article as a schema.org {@code NewsArticle} in JSON-LD, ready to be placed inside a
 * {@code <script type="application/ld+json">} element.
 */
final class NewsArticleJsonLd {
    // The text goes inside a script element, where "</script>" or "<!--" in a headline would end or derail
    // it; escaping the characters that can form them keeps the JSON identical in meaning.
    private static final ObjectMapper JSON =
            new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build());

    private NewsArticleJsonLd() {}

    /**
     * The JSON-LD text for one article.
     *
     * @param metadata        what is known about the article
     * @param copyrightNotice the attribution paragraphs as plain text, empty when there are none
     * @param url             the original page's address, if it is a safe http(s) address
     */
    static String of(Metadata metadata, String copyrightNotice, Optional<String> url) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        root.put("headline", metadata.title());
        root.put("description", metadata.summary());
        root.put("inLanguage", metadata.language());
        root.put("wordCount", metadata.wordCount());
        metadata.publisher().ifPresent(name -> {
            root.set("publisher", organization(name));
            root.set("copyrightHolder", organization(name));
        });
        metadata.year().ifPresent(year -> root.put("copyrightYear", year));
        if (!copyrightNotice.isBlank()) root.put("copyrightNotice", copyrightNotice);
        List<String> authors = metadata.authors();
        if (!authors.isEmpty()) {
            ArrayNode people = root.putArray("author");
            for (String name : authors) people.addObject().put("@type", "Person").put("name", name);
        }
        metadata.published().ifPresent(date -> root.put("datePublished", date));
        url.ifPresent(address -> {
            root.put("url", address);
            root.put("isBasedOn", address);
        });
        if (!metadata.tags().isEmpty()) {
            ArrayNode keywords = root.putArray("keywords");
            metadata.tags().forEach(keywords::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode organization(String name) {
        return JSON.createObjectNode().put("@type", "Organization").put("name", name);
    }

    /** Jackson's standard escapes, plus {@code <}, {@code >} and {@code &} as {@code \}{@code u003C} and so on. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
