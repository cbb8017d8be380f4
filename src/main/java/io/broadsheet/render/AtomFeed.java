package io.broadsheet.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site's Atom feed (RFC 4287), {@code feed.xml}: the newest articles, each with its summary and its credit
 * line as {@code <rights>}.
 *
 * <p>Dates come from the articles, never the clock, so that two builds give the same bytes: an entry's date is its
 * publication date, else the first of January of its year; the feed's is its newest entry's. Only when no entry
 * has either does the feed fall back to {@code SOURCE_DATE_EPOCH}, else to 1970-01-01. Without a base URL the
 * links are relative to the feed, as RFC 4287 allows, and the ids are name-based UUID URNs, which stay the same
 * from build to build.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    private AtomFeed() {}

    /**
     * The feed.
     *
     * @param settings the site's settings
     * @param newest   the articles to list, newest first
     */
    public static String of(SiteSettings settings, List<ArticleSummary> newest) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(newest, "newest");
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", settings.language());
            element(xml, 1, "id", settings.baseUrl().orElse(urn("site:" + settings.title())));
            element(xml, 1, "title", settings.title());
            if (!settings.description().isEmpty()) element(xml, 1, "subtitle", settings.description());
            Instant updated = newest.stream().map(a -> updated(a, settings)).max(Instant::compareTo)
                    .orElse(fallback(settings));
            element(xml, 1, "updated", RFC3339.format(updated));
            link(xml, 1, "self", href(settings, "feed.xml"), "application/atom+xml");
            link(xml, 1, "alternate", href(settings, "index.html"), "text/html");
            indent(xml, 1);
            xml.writeStartElement("author");
            element(xml, 2, "name", settings.feedAuthor());
            indent(xml, 1);
            xml.writeEndElement();
            element(xml, 1, "generator", "Broadsheet");
            for (ArticleSummary article : newest) entry(xml, settings, article);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void entry(XMLStreamWriter xml, SiteSettings settings, ArticleSummary article)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", article.language());
        element(xml, 2, "id", settings.baseUrl().map(base -> base + article.path())
                .orElse(urn("article:" + article.id())));
        element(xml, 2, "title", article.title());
        link(xml, 2, "alternate", href(settings, article.path()), "text/html");
        element(xml, 2, "updated", RFC3339.format(updated(article, settings)));
        if (article.date().isPresent()) element(xml, 2, "published", RFC3339.format(updated(article, settings)));
        if (!article.summary().isEmpty()) element(xml, 2, "summary", article.summary());
        for (String topic : article.topics()) {
            indent(xml, 2);
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", clean(topic));
        }
        Optional<String> rights = rights(article);
        if (rights.isPresent()) element(xml, 2, "rights", rights.get());
        indent(xml, 1);
        xml.writeEndElement();
    }

    /** The article's credit line; without one, a notice made from its publisher and year. */
    static Optional<String> rights(ArticleSummary article) {
        if (!article.attribution().isBlank()) return Optional.of(article.attribution());
        return article.publisher().map(p -> "© " + article.year().map(y -> y + " ").orElse("") + p);
    }

    private static Instant updated(ArticleSummary article, SiteSettings settings) {
        return article.date()
                .or(() -> article.year().map(y -> LocalDate.of(y, 1, 1)))
                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(fallback(settings));
    }

    private static Instant fallback(SiteSettings settings) {
        return settings.sourceDate().orElse(Instant.EPOCH);
    }

    private static String href(SiteSettings settings, String path) {
        return settings.baseUrl().map(base -> base + path).orElse(path);
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String href, String type)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text without the characters XML 1.0 cannot hold at all, such as most control characters. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(AtomFeed::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
