package io.broadsheet.render;

import io.broadsheet.article.Article;
import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.Aside;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the pages of the site from archived articles and their summaries, with flexmark and the theme's
 * Thymeleaf templates.
 *
 * <p>The templates receive plain maps (documented at the top of each default template); every HTML string among
 * them has been sanitised here, and everything else is text for the templates to escape. Every link a page holds
 * is relative to the page, with an explicit {@code index.html}, so that the site works from any folder and from
 * {@code file://}; the one exception is the 404 page, see {@link #notFoundPage()}.
 */
public final class PageRenderer {
    /** A plausible BCP 47 tag; anything else would make the page's {@code lang} invalid. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*+");
    /** The forms of an HTML {@code datetime} that an ISO 8601 publication date can take. */
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final String UNDETERMINED_LANGUAGE = "und";
    /** Compiled once rather than on every page; jsoup's evaluators are thread-safe. */
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    /** Pages linked around the current one in a pagination bar; the first and last are always linked too. */
    private static final int PAGINATION_WINDOW = 2;

    private final TemplateEngine engine;
    private final SiteSettings settings;
    private final SafeHtml html = new SafeHtml();

    /** A renderer using the given theme's templates and the default settings. */
    public PageRenderer(Theme theme) {
        this(theme, SiteSettings.DEFAULTS);
    }

    /** A renderer using the given theme's templates and site settings. */
    public PageRenderer(Theme theme, SiteSettings settings) {
        this.engine = Objects.requireNonNull(theme, "theme").newTemplateEngine();
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The page of one article on its own, without links to other pages of the archive.
     *
     * @throws IllegalArgumentException if the article's id is not {@code [a-z0-9_-]+}
     */
    public String articlePage(ArchivedArticle article) {
        return articlePage(article, ArticleLinks.NONE, SiteIndex.EMPTY);
    }

    /**
     * The page of one article, to be written at {@code articles/<id>/index.html}, linking to its neighbours in
     * the archive, its related articles, and the pages of its topics, year and publisher.
     *
     * @throws IllegalArgumentException if the article's id is not {@code [a-z0-9_-]+}
     */
    public String articlePage(ArchivedArticle article, ArticleLinks links, SiteIndex index) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(index, "index");
        checkId(article.id());
        String path = "articles/" + article.id() + "/index.html";
        String root = root(path);
        Metadata metadata = article.metadata();
        Optional<String> url = metadata.url().flatMap(PageRenderer::safeUrl);
        Map<Role, List<String>> asides = asides(article);
        List<String> attributions = asides.get(Role.ATTRIBUTION);
        String copyrightNotice = attributions.stream()
                .map(line -> Jsoup.parseBodyFragment(line).text())
                .collect(Collectors.joining(" "));

        Map<String, Object> view = new HashMap<>();
        view.put("title", metadata.title());
        view.put("summary", metadata.summary());
        view.put("publisher", metadata.publisher().orElse(null));
        view.put("publisherHref", metadata.publisher().flatMap(index::publisherPath).map(p -> root + p).orElse(null));
        // The year an article is listed under: its date's, else its stated one, as in its summary.
        Optional<Integer> year = metadata.published().flatMap(ArticleSummary::isoDate).map(LocalDate::getYear)
                .or(metadata::year);
        view.put("year", year.orElse(null));
        view.put("yearHref", year.flatMap(index::yearPath).map(p -> root + p).orElse(null));
        view.put("published", metadata.published().orElse(null));
        view.put("publishedDatetime", metadata.published().filter(PageRenderer::isHtmlDatetime).orElse(null));
        view.put("wordCount", metadata.wordCount());
        view.put("tags", metadata.tags().stream().map(tag -> {
            Map<String, Object> topic = new HashMap<>();
            topic.put("name", tag);
            topic.put("href", index.topic(tag).map(t -> root + "topics/" + t.slug() + "/index.html").orElse(null));
            return topic;
        }).toList());
        view.put("authors", metadata.authors());
        List<String> bylines = asides.get(Role.BYLINE);
        view.put("bylines", bylines.isEmpty() ? metadata.byline().map(Entities::escape).stream().toList() : bylines);
        view.put("datelines", asides.get(Role.DATELINE));
        view.put("captions", asides.get(Role.CAPTION));
        view.put("attributions", attributions);
        view.put("furniture", asides.get(Role.FURNITURE));
        String body = html.body(article.body());
        view.put("body", body);
        // A summary that only repeats the lede is kept for machines (h-entry) but not shown to readers twice.
        view.put("summaryRepeatsLede", repeatsOpening(metadata.summary(), body));
        view.put("sourceFileName", article.source().fileName());
        view.put("sha256", article.source().sha256());
        view.put("url", url.orElse(null));
        // An address that cannot be a link is still worth showing, as text.
        view.put("urlText", url.isPresent() ? null : metadata.url().orElse(null));
        view.put("previous", links.previous().map(s -> item(s, root, index)).orElse(null));
        view.put("next", links.next().map(s -> item(s, root, index)).orElse(null));
        view.put("related", links.related().stream().map(s -> item(s, root, index)).toList());

        Context context = context(path, root);
        context.setVariable("lang", language(metadata.language()));
        context.setVariable("article", view);
        context.setVariable("jsonLd", NewsArticleJsonLd.of(metadata, copyrightNotice, url));
        return engine.process("article", context);
    }

    private static boolean repeatsOpening(String summary, String bodyHtml) {
        String opening = Jsoup.parseBodyFragment(bodyHtml).body().select(PARAGRAPH).stream().findFirst()
                .map(p -> p.text()).orElse("");
        String shown = summary.endsWith("…") ? summary.substring(0, summary.length() - 1).strip() : summary.strip();
        return !shown.isEmpty() && opening.strip().startsWith(shown);
    }

    /**
     * One page of a listing of articles. The home page (a listing in the top folder) uses the {@code index}
     * template, the listings of years, publishers and topics the {@code list} template.
     */
    public String listPage(Listing listing, SiteIndex index) {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(index, "index");
        String path = listing.path();
        String root = root(path);
        Context context = context(path, root);
        context.setVariable("heading", listing.heading());
        context.setVariable("intro", listing.intro());
        context.setVariable("total", listing.total());
        context.setVariable("number", listing.number());
        context.setVariable("pages", listing.pages());
        context.setVariable("articles", listing.items().stream().map(s -> item(s, root, index)).toList());
        context.setVariable("pagination", pagination(listing, root));
        return engine.process(listing.folder().isEmpty() ? "index" : "list", context);
    }

    /**
     * A directory page, such as {@code years/index.html}, linking to the first page of each group's listing.
     *
     * @param folder  the page's folder from the site's top, ending in {@code /}
     * @param heading the page's heading
     * @param groups  the groups in the order to show them
     */
    public String directoryPage(String folder, String heading, List<Group> groups) {
        String path = Objects.requireNonNull(folder, "folder") + "index.html";
        String root = root(path);
        Context context = context(path, root);
        context.setVariable("heading", Objects.requireNonNull(heading, "heading"));
        context.setVariable("groups", groups.stream().map(g -> group(g, root)).toList());
        return engine.process("directory", context);
    }

    /**
     * The A–Z page of every topic, {@code topics/index.html}, grouped under the initial of each topic's key.
     *
     * @param topics every topic, sorted as it should be shown
     * @param letter the heading each topic is filed under, such as {@code A}
     */
    public String topicsPage(List<Group> topics, Function<Group, String> letter) {
        String path = "topics/index.html";
        String root = root(path);
        Map<String, List<Map<String, Object>>> byLetter = new LinkedHashMap<>();
        for (Group topic : topics) {
            byLetter.computeIfAbsent(letter.apply(topic), l -> new ArrayList<>()).add(group(topic, root));
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        int n = 0;
        for (var entry : byLetter.entrySet()) {
            Map<String, Object> section = new HashMap<>();
            section.put("letter", entry.getKey());
            // Letters may be from any script, so anchors are numbered rather than named after them.
            section.put("anchor", "letter-" + ++n);
            section.put("topics", entry.getValue());
            letters.add(section);
        }
        Context context = context(path, root);
        context.setVariable("letters", letters);
        context.setVariable("total", topics.size());
        return engine.process("topics", context);
    }

    /**
     * The page a web server shows for any missing address, written at {@code 404.html}.
     *
     * <p>A server sends this one file for a missing page at any depth ({@code /a/b/c}), where links relative to the
     * file would point to missing places. When the base URL is known its links are absolute, so they work at every
     * depth. Without it they are relative like every other link of the site: they work from disk and for missing
     * pages at the top of the site, and a root-relative {@code /} link would break both on disk and for a site
     * hosted in a sub-folder.
     */
    public String notFoundPage() {
        Context context = context("404.html", settings.baseUrl().map(PageRenderer::asFolder).orElse(""));
        return engine.process("404", context);
    }

    /**
     * The search page, written at {@code search/index.html}: a form and an empty list that {@code assets/search.js}
     * fills from the index files beside the page.
     */
    public String searchPage() {
        String path = "search/index.html";
        return engine.process("search", context(path, root(path)));
    }

    private static String asFolder(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private Context context(String path, String root) {
        Context context = new Context(Locale.ROOT);
        Map<String, Object> site = new HashMap<>();
        site.put("title", settings.title());
        site.put("description", settings.description());
        site.put("footer", settings.footer());
        context.setVariable("site", site);
        context.setVariable("lang", language(settings.language()));
        context.setVariable("root", root);
        context.setVariable("path", path);
        return context;
    }

    private Map<String, Object> item(ArticleSummary summary, String root, SiteIndex index) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", summary.title());
        item.put("summary", summary.summary());
        item.put("href", root + summary.path());
        item.put("lang", language(summary.language()));
        item.put("publisher", summary.publisher().orElse(null));
        item.put("publisherHref", summary.publisher().flatMap(index::publisherPath).map(p -> root + p).orElse(null));
        item.put("year", summary.year().orElse(null));
        item.put("yearHref", summary.year().flatMap(index::yearPath).map(p -> root + p).orElse(null));
        item.put("date", summary.date().map(LocalDate::toString).orElse(null));
        return item;
    }

    private static Map<String, Object> group(Group group, String root) {
        Map<String, Object> view = new HashMap<>();
        view.put("name", group.name());
        view.put("href", root + group.path());
        view.put("count", group.count());
        return view;
    }

    /** The pagination bar, or null when the listing fits on one page. */
    private static Map<String, Object> pagination(Listing listing, String root) {
        if (listing.pages() == 1) return null;
        int current = listing.number();
        List<Map<String, Object>> links = new ArrayList<>();
        int shown = 0;
        for (int n = 1; n <= listing.pages(); n++) {
            boolean near = Math.abs(n - current) <= PAGINATION_WINDOW;
            if (n != 1 && n != listing.pages() && !near) continue;
            Map<String, Object> link = new HashMap<>();
            link.put("number", n);
            link.put("href", root + listing.pagePath(n));
            link.put("current", n == current);
            // A gap before this link stands for the pages left out.
            link.put("gap", shown != 0 && n != shown + 1);
            links.add(link);
            shown = n;
        }
        Map<String, Object> view = new HashMap<>();
        view.put("links", links);
        view.put("previous", current > 1 ? root + listing.pagePath(current - 1) : null);
        view.put("next", current < listing.pages() ? root + listing.pagePath(current + 1) : null);
        return view;
    }

    /** The relative path from a page to the site's top: one {@code ../} per folder the page is in. */
    private static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** The article's asides as safe inline HTML, by role, leaving out those that show nothing; every aside role has a list. */
    private Map<Role, List<String>> asides(ArchivedArticle article) {
        List<String> shown = html.inline(article.asides().stream().map(Aside::markdown).toList());
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) byRole.put(role, new ArrayList<>());
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).isEmpty()) byRole.get(article.asides().get(i).role()).add(shown.get(i));
        }
        byRole.replaceAll((role, lines) -> List.copyOf(lines));
        return byRole;
    }

    private static void checkId(String id) {
        if (!Article.isId(id)) throw new IllegalArgumentException("bad article id: " + id);
    }

    private static String language(String tag) {
        return LANGUAGE.matcher(tag).matches() ? tag : UNDETERMINED_LANGUAGE;
    }

    private static boolean isHtmlDatetime(String value) {
        if (!DATETIME.matcher(value).matches()) return false;
        try {
            LocalDate.parse(value.substring(0, 10));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The address if it is an absolute http(s) URL that can safely be a link, else empty. */
    private static Optional<String> safeUrl(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? Optional.of(address) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
