package io.broadsheet.render;

import io.broadsheet.markdown.ArchivedArticle;
import java.util.List;

/** Renders the pages of the site from archived articles, with flexmark and the theme's Thymeleaf templates. */
public final class PageRenderer {
    private final Theme theme;

    public PageRenderer(Theme theme) {
        this.theme = theme;
    }

    /** The page of one article, to be written at {@code articles/<id>/index.html}. */
    public String articlePage(ArchivedArticle article) {
        throw new UnsupportedOperationException("TODO render");
    }

    /** The home page listing the given articles in the given order, written at {@code index.html}. */
    public String homePage(List<ArchivedArticle> articles) {
        throw new UnsupportedOperationException("TODO render");
    }
}
