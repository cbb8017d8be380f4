package io.broadsheet.article;

import java.util.Objects;

/**
 * One paragraph of a dump: its sanitised inline HTML and the role the classifier gave it.
 *
 * @param index position of the paragraph in the dump, from 0
 * @param html  the paragraph's inline HTML after sanitising; safe to render
 * @param role  the part the paragraph plays on the page
 */
public record Paragraph(int index, String html, Role role) {
    public Paragraph {
        if (index < 0) throw new IllegalArgumentException("index must not be negative: " + index);
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(role, "role");
    }
}
