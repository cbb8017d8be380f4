package io.broadsheet.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What one HTML page contributes to the site check, found by parsing it once: its own problems (links to missing
 * files, invalid HTML), the pages it links to, the fragments it needs in other pages, and the ids it offers.
 *
 * @param problems  problems on this page that need no other page's content
 * @param linked    indexes (in the site's page list) of the pages this page links to
 * @param fragments every {@code #fragment} this page links to, to be looked up once all pages are read
 * @param ids       every {@code id} and {@code a[name]} on this page
 */
record PageScan(List<LineMessage> problems, int[] linked, List<FragmentLink> fragments, Set<String> ids) {

    /**
     * A link to a fragment of a page.
     *
     * @param target index of the target page in the site's page list
     */
    record FragmentLink(int line, String ref, int target, String fragment) {}

    /** Which attributes of which elements hold URLs that must resolve. */
    private static final Map<String, List<String>> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", List.of("href")),
            Map.entry("area", List.of("href")),
            Map.entry("link", List.of("href")),
            Map.entry("img", List.of("src", "srcset")),
            Map.entry("script", List.of("src")),
            Map.entry("source", List.of("src", "srcset")),
            Map.entry("iframe", List.of("src")),
            Map.entry("embed", List.of("src")),
            Map.entry("track", List.of("src")),
            Map.entry("audio", List.of("src")),
            Map.entry("video", List.of("src", "poster")));

    /**
     * Scans a page.
     *
     * @param page      the page's path in the site
     * @param bytes     the page
     * @param files     the site's files
     * @param pages     the index of each HTML page in the site's page list
     * @param validator the HTML checker, or {@code null} to skip HTML validation
     */
    static PageScan of(String page, byte[] bytes, SiteFiles files, Map<String, Integer> pages,
                       HtmlValidator validator) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        // A null charset lets jsoup follow the page's BOM or <meta charset>, as browsers do.
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
        Scanner scanner = new Scanner(page, files, pages);
        for (Element element : document.getAllElements()) {
            if (!element.id().isEmpty()) scanner.ids.add(element.id());
            if (element.nameIs("a") && element.hasAttr("name")) scanner.ids.add(element.attr("name"));
            List<String> attributes = URL_ATTRIBUTES.get(element.normalName());
            if (attributes == null) continue;
            // Elements the parser made up (an implied <body>) have no position.
            int line = Math.max(0, element.sourceRange().start().lineNumber());
            for (String attribute : attributes) {
                if (!element.hasAttr(attribute)) continue;
                String value = element.attr(attribute);
                String kind = kind(element);
                if (attribute.equals("srcset")) {
                    for (String url : SrcSet.urls(value)) scanner.check(line, kind, url);
                } else {
                    scanner.check(line, kind, value);
                }
            }
        }
        if (validator != null) {
            for (LineMessage error : validator.errors(bytes, page)) {
                scanner.problems.add(new LineMessage(error.line(), "invalid HTML: " + error.message()));
            }
        }
        return new PageScan(List.copyOf(scanner.problems), scanner.linked.stream().mapToInt(Integer::intValue)
                .sorted().distinct().toArray(), List.copyOf(scanner.fragments), Set.copyOf(scanner.ids));
    }

    /** "link" for what a reader follows, "asset" for what the page loads. */
    private static String kind(Element element) {
        if (element.nameIs("a") || element.nameIs("area")) return "link";
        if (element.nameIs("link")) {
            String rel = " " + element.attr("rel").toLowerCase(Locale.ROOT) + " ";
            return rel.contains(" stylesheet ") || rel.contains("icon ") || rel.contains(" preload ")
                    || rel.contains(" manifest ") ? "asset" : "link";
        }
        return "asset";
    }

    /** Checks the references of one page against the site's files. */
    private static final class Scanner {
        final String page;
        final SiteFiles files;
        final Map<String, Integer> pages;
        final List<LineMessage> problems = new ArrayList<>();
        final List<Integer> linked = new ArrayList<>();
        final List<FragmentLink> fragments = new ArrayList<>();
        final Set<String> ids = new HashSet<>();

        Scanner(String page, SiteFiles files, Map<String, Integer> pages) {
            this.page = page;
            this.files = files;
            this.pages = pages;
        }

        void check(int line, String kind, String ref) {
            if (Reference.isExternal(ref)) return;
            String shown = Shown.quoted(ref);
            String broken = kind.equals("link") ? "broken link " : "missing asset ";
            Reference reference;
            try {
                reference = Reference.resolve(page, ref);
            } catch (Reference.Unresolvable e) {
                problems.add(new LineMessage(line, kind + " " + shown + " " + e.getMessage()));
                return;
            }
            if (reference.rootRelative()) {
                problems.add(new LineMessage(line, kind + " " + shown + " starts with '/': it works on a web server"
                        + " only when the site is at the top of the domain, and never from disk; use a relative link"));
            }
            String path = reference.path();
            String target;
            if (!reference.folder() && files.isFile(path)) {
                target = path;
            } else if (files.isFolder(path)) {
                String index = SiteFiles.indexOf(path);
                if (!files.isFile(index)) {
                    problems.add(new LineMessage(line, broken + shown + ": " + SiteFiles.shownFolder(path)
                            + " has no index.html"));
                    return;
                }
                problems.add(new LineMessage(line, kind + " " + shown + " names the folder "
                        + SiteFiles.shownFolder(path) + ": it works on a web server but not from disk; link to "
                        + index + " instead"));
                target = index;
            } else {
                problems.add(new LineMessage(line, broken + shown + ": no file " + Shown.safe(path)));
                return;
            }
            Integer targetPage = pages.get(target);
            if (targetPage == null) return;
            linked.add(targetPage);
            Optional<String> fragment = reference.fragment();
            // "#" and "#top" scroll to the top of any page (HTML's "scroll to the fragment").
            if (fragment.isPresent() && !fragment.get().isEmpty() && !fragment.get().equalsIgnoreCase("top")) {
                fragments.add(new FragmentLink(line, ref, targetPage, fragment.get()));
            }
        }
    }
}
