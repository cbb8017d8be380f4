package io.broadsheet.markdown;

import static io.broadsheet.markdown.FrontMatter.*;

import io.broadsheet.article.Article;
import io.broadsheet.article.Metadata;
import io.broadsheet.article.Paragraph;
import io.broadsheet.article.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes an article as a Markdown document with YAML front matter: the archival form of the article.
 *
 * <p>The front matter holds the metadata, the source and the asides (grouped by role, each group in dump order);
 * absent values and empty lists are left out. Every string is double-quoted, so that no YAML reader, of any
 * version, can take a title such as {@code yes} or {@code null} for anything but text, and so that each value
 * stays on one line. The body holds the reading view: the lede first, then crossheads as {@code ##} headings and
 * body paragraphs in dump order, separated by blank lines.
 */
public final class MarkdownWriter {
    private static final DumpSettings YAML = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
            .setUseUnicodeEncoding(true)
            .build();

    private MarkdownWriter() {}

    /** The article as Markdown with front matter. */
    public static String write(Article article) {
        return write(archive(article));
    }

    /**
     * The article as {@link MarkdownReader#read} gives it back from its Markdown, without writing and parsing the
     * file: a build that has just made an article's Markdown learns nothing more by reading it.
     */
    public static ArchivedArticle archive(Article article) {
        Objects.requireNonNull(article, "article");
        List<Aside> asides = new ArrayList<>();
        for (Role role : ASIDE_ROLES) {
            for (Paragraph p : article.withRole(role)) asides.add(new Aside(role, InlineMarkdown.fromHtml(p.html())));
        }
        return new ArchivedArticle(article.id(), article.source(), article.metadata(), asides, body(article));
    }

    /** The archived article as Markdown with front matter, which {@link MarkdownReader#read} reads back as it. */
    public static String write(ArchivedArticle article) {
        Objects.requireNonNull(article, "article");
        StringBuilder out = new StringBuilder(FENCE);
        new Dump(YAML).dumpNode(frontMatter(article), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        });
        out.append(FENCE);
        if (!article.body().isEmpty()) out.append('\n').append(article.body());
        return out.toString();
    }

    private static Node frontMatter(ArchivedArticle article) {
        Metadata m = article.metadata();
        List<NodeTuple> map = new ArrayList<>();
        put(map, ID, string(article.id()));
        put(map, TITLE, string(m.title()));
        put(map, SUMMARY, string(m.summary()));
        put(map, LANGUAGE, string(m.language()));
        put(map, PUBLISHER, m.publisher().map(MarkdownWriter::string));
        put(map, YEAR, m.year().map(y -> new ScalarNode(Tag.INT, Integer.toString(y), ScalarStyle.PLAIN)));
        put(map, BYLINE, m.byline().map(MarkdownWriter::string));
        put(map, PUBLISHED, m.published().map(MarkdownWriter::string));
        put(map, URL, m.url().map(MarkdownWriter::string));
        put(map, AUTHORS, strings(m.authors()));
        put(map, TAGS, strings(m.tags()));
        put(map, WORD_COUNT, new ScalarNode(Tag.INT, Integer.toString(m.wordCount()), ScalarStyle.PLAIN));
        List<NodeTuple> source = new ArrayList<>();
        put(source, SOURCE_FILE, string(article.source().fileName()));
        put(source, SOURCE_SHA256, string(article.source().sha256()));
        put(map, SOURCE, new MappingNode(Tag.MAP, source, FlowStyle.BLOCK));
        List<NodeTuple> asides = new ArrayList<>();
        for (Role role : ASIDE_ROLES) {
            put(asides, key(role), strings(article.asides(role)));
        }
        if (!asides.isEmpty()) put(map, ASIDES, new MappingNode(Tag.MAP, asides, FlowStyle.BLOCK));
        return new MappingNode(Tag.MAP, map, FlowStyle.BLOCK);
    }

    /** The reading view: lede first, then crossheads and body paragraphs in dump order. */
    private static String body(Article article) {
        List<String> blocks = new ArrayList<>();
        for (Paragraph p : article.withRole(Role.LEDE)) blocks.add(InlineMarkdown.fromHtml(p.html()));
        for (Paragraph p : article.readingView()) {
            if (p.role() == Role.CROSSHEAD) {
                String heading = InlineMarkdown.headingFromHtml(p.html());
                if (!heading.isEmpty()) blocks.add("## " + heading);
            } else if (p.role() == Role.BODY) {
                blocks.add(InlineMarkdown.fromHtml(p.html()));
            }
        }
        // A paragraph that shows nothing cannot be written as Markdown: it would merge with its neighbours.
        blocks.removeIf(String::isEmpty);
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private static ScalarNode string(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED);
    }

    private static Optional<Node> strings(List<String> values) {
        if (values.isEmpty()) return Optional.empty();
        List<Node> items = values.stream().<Node>map(MarkdownWriter::string).toList();
        return Optional.of(new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK));
    }

    private static void put(List<NodeTuple> map, String key, Node value) {
        map.add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value));
    }

    private static void put(List<NodeTuple> map, String key, Optional<? extends Node> value) {
        value.ifPresent(v -> put(map, key, v));
    }
}
