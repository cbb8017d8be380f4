package io.broadsheet.check;

import java.util.Objects;

/**
 * Something wrong in a built site, found by {@link SiteChecker}.
 *
 * @param page    the file the problem is on, relative to the site folder, with {@code /} separators
 * @param message what is wrong, starting with {@code line N: } when it has a line
 */
public record SiteProblem(String page, String message) {
    public SiteProblem {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return page + ": " + message;
    }
}
