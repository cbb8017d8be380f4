package io.broadsheet.render;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One page of a paginated list of articles: the home page, a year, a publisher or a topic.
 *
 * @param folder  the listing's folder from the site's top, empty or ending in {@code /} ({@code years/2022/});
 *                its first page is {@code index.html} there, page n is {@code page/n/index.html}
 * @param heading the listing's heading, such as {@code 2022}
 * @param intro   a line under the heading, such as {@code Articles from 2022}; may be empty
 * @param items   the articles on this page, in order
 * @param number  this page's number, from 1
 * @param pages   how many pages the listing has, at least 1
 * @param total   how many articles the whole listing has
 */
public record Listing(String folder, String heading, String intro, List<ArticleSummary> items, int number, int pages,
                      int total) {
    private static final Pattern FOLDER = Pattern.compile("([a-z0-9_-]++/)*+");

    public Listing {
        if (!FOLDER.matcher(Objects.requireNonNull(folder, "folder")).matches()) {
            throw new IllegalArgumentException("bad listing folder: " + folder);
        }
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(intro, "intro");
        items = List.copyOf(items);
        if (pages < 1 || number < 1 || number > pages) {
            throw new IllegalArgumentException("page " + number + " of " + pages);
        }
        if (total < items.size()) throw new IllegalArgumentException("total is less than the page's items");
    }

    /** The path of page n of this listing from the site's top. */
    public String pagePath(int n) {
        return folder + (n == 1 ? "" : "page/" + n + "/") + "index.html";
    }

    /** The path of this page from the site's top. */
    public String path() {
        return pagePath(number);
    }
}
