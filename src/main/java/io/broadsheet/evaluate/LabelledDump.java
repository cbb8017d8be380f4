package io.broadsheet.evaluate;

import io.broadsheet.article.SourceFile;

import java.util.List;
import java.util.Objects;

/**
 * One dump of a labelled corpus with its hand-made labels.
 *
 * @param source     the dump's file
 * @param paragraphs the dump's raw paragraphs
 * @param body       snippets that must be in the reading view
 * @param furniture  snippets that must not be in the reading view
 */
public record LabelledDump(SourceFile source, List<String> paragraphs, List<String> body, List<String> furniture) {
    public LabelledDump {
        Objects.requireNonNull(source, "source");
        paragraphs = List.copyOf(paragraphs);
        body = List.copyOf(body);
        furniture = List.copyOf(furniture);
    }
}
