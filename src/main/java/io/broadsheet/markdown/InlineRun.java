package io.broadsheet.markdown;

import java.util.Objects;

/**
 * One piece of a paragraph's inline content with uniform formatting: some text, or a line break.
 *
 * @param text    the text as HTML shows it (entities decoded); empty for a line break
 * @param bold    inside {@code <b>} or {@code <strong>}
 * @param italic  inside {@code <i>} or {@code <em>}
 * @param link    the link it lies in, or {@code null}
 * @param isBreak whether this is a {@code <br>}
 */
record InlineRun(String text, boolean bold, boolean italic, Link link, boolean isBreak) {
    InlineRun {
        Objects.requireNonNull(text, "text");
    }

    /**
     * One {@code <a href>} of the paragraph.
     *
     * @param ordinal its position among the paragraph's links, so that two links to the same address stay two
     * @param href    its address, as the attribute holds it
     */
    record Link(int ordinal, String href) {
        Link {
            Objects.requireNonNull(href, "href");
        }
    }

    static InlineRun text(String text, boolean bold, boolean italic, Link link) {
        return new InlineRun(text, bold, italic, link, false);
    }

    static InlineRun lineBreak(Link link) {
        return new InlineRun("", false, false, link, true);
    }

    /** Whether the text is only the whitespace that HTML collapses (not every Unicode space: those show). */
    static boolean isHtmlSpace(String text) {
        return text.chars().allMatch(InlineRun::isHtmlSpace);
    }

    static boolean isHtmlSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Whether a reader would see nothing of this run at the edge of a paragraph. */
    boolean isInvisibleOutsideLink() {
        return link == null && (isBreak || isHtmlSpace(text));
    }
}
