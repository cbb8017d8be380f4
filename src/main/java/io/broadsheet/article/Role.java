package io.broadsheet.article;

/**
 * The part a paragraph of a dump plays on its page.
 *
 * <p>Every paragraph gets exactly one role, so that nothing a dump holds is lost: the reading view shows
 * {@link #LEDE}, {@link #CROSSHEAD} and {@link #BODY}; every other role is kept and shown apart from it.
 */
public enum Role {
    /** The opening paragraph that sums up the story, usually set in bold. */
    LEDE,
    /** A paragraph of the article's running text. */
    BODY,
    /** A short heading between body paragraphs. */
    CROSSHEAD,
    /** Who wrote the article ("By Jane Doe"). */
    BYLINE,
    /** Where and when the article was filed. */
    DATELINE,
    /** The caption or credit of a picture. */
    CAPTION,
    /** Promos, sign-ups, navigation and other page furniture: kept, but out of the reading view. */
    FURNITURE,
    /** A copyright line or credit that must be shown with the article. */
    ATTRIBUTION;

    /** Whether paragraphs of this role belong to the reading view. */
    public boolean isReadingView() {
        return this == LEDE || this == BODY || this == CROSSHEAD;
    }
}
