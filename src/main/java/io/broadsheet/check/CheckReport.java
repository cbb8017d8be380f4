package io.broadsheet.check;

import java.util.List;

/**
 * What {@link SiteChecker} found.
 *
 * @param pages    how many HTML pages the site has
 * @param problems every problem, ordered by page, then by line within the page
 */
public record CheckReport(int pages, List<SiteProblem> problems) {
    public CheckReport {
        if (pages < 0) throw new IllegalArgumentException("pages must not be negative: " + pages);
        problems = List.copyOf(problems);
    }

    /** Whether the site passed every check. */
    public boolean passed() {
        return problems.isEmpty();
    }
}
