package io.broadsheet.render;

import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.markdown.ArchivedArticle;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the pages of the site from archived articles, with flexmark and the theme's Thymeleaf templates.
 *
 * <p>The templates receive plain maps (documented at the top of each default template); every HTML string among
 * them has been sanitised here, and everything else is text for the templates to escape.
 */
public final class PageRenderer {
    private static final Pattern ID = Pattern.compile("[a-z0-9_-]+");
    /** A plausible BCP 47 tag; anything else would make the page's {@code lang} invalid. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** The forms of an HTML {@code datetime} that an ISO 8601 publication date can take. */
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final String UNDETERMINED_LANGUAGE = "und";
    /** The site's own words (navigation, footer) are English. */
    private static final String SITE_LANGUAGE = "en";

    private final TemplateEngine engine;
    private final SafeHtml html = new SafeHtml();

    /** A renderer using the given theme's templates. */
    public PageRenderer(Theme theme) {
        this.engine = Objects.requireNonNull(theme, "theme").newTemplateEngine();
    }

    /**
     * The page of one article, to be written at {@code articles/<id>/index.html}.
     *
     * @throws IllegalArgumentException if the article's id is not {@code [a-z0-9_-]+}
     */
    public String articlePage(ArchivedArticle article) {
        Objects.requireNonNull(article, "article");
        checkId(article.id());
        Metadata metadata = article.metadata();
        Optional<String> url = metadata.url().flatMap(PageRenderer::safeUrl);
        List<String> attributions = asides(article, Role.ATTRIBUTION);
        String copyrightNotice = attributions.stream()
                .map(line -> Jsoup.parseBodyFragment(line).text())
                .collect(Collectors.joining(" "));

        Map<String, Object> view = new HashMap<>();
        view.put("title", metadata.title());
        view.put("summary", metadata.summary());
        view.put("publisher", metadata.publisher().orElse(null));
        view.put("year", metadata.year().orElse(null));
        view.put("published", metadata.published().orElse(null));
        view.put("publishedDatetime", metadata.published().filter(PageRenderer::isHtmlDatetime).orElse(null));
        view.put("wordCount", metadata.wordCount());
        view.put("tags", metadata.tags());
        view.put("authors", metadata.authors());
        List<String> bylines = asides(article, Role.BYLINE);
        view.put("bylines", bylines.isEmpty() ? metadata.byline().map(Entities::escape).stream().toList() : bylines);
        view.put("datelines", asides(article, Role.DATELINE));
        view.put("captions", asides(article, Role.CAPTION));
        view.put("attributions", attributions);
        view.put("furniture", asides(article, Role.FURNITURE));
        view.put("body", html.body(article.body()));
        view.put("sourceFileName", article.source().fileName());
        view.put("sha256", article.source().sha256());
        view.put("url", url.orElse(null));
        // An address that cannot be a link is still worth showing, as text.
        view.put("urlText", url.isPresent() ? null : metadata.url().orElse(null));

        Context context = new Context(Locale.ROOT);
        context.setVariable("lang", language(metadata.language()));
        context.setVariable("root", "../../");
        context.setVariable("article", view);
        context.setVariable("jsonLd", NewsArticleJsonLd.of(metadata, copyrightNotice, url));
        return engine.process("article", context);
    }

    /**
     * The home page listing the given articles in the given order, written at {@code index.html}.
     *
     * @throws IllegalArgumentException if an article's id is not {@code [a-z0-9_-]+}
     */
    public String homePage(List<ArchivedArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        List<Map<String, Object>> items = articles.stream().map(article -> {
            checkId(article.id());
            Metadata metadata = article.metadata();
            Map<String, Object> item = new HashMap<>();
            item.put("title", metadata.title());
            item.put("summary", metadata.summary());
            // Explicit index.html, because file:// shows a folder listing rather than its index page.
            item.put("href", "articles/" + article.id() + "/index.html");
            item.put("lang", language(metadata.language()));
            item.put("publisher", metadata.publisher().orElse(null));
            item.put("year", metadata.year().orElse(null));
            return item;
        }).toList();

        Context context = new Context(Locale.ROOT);
        context.setVariable("lang", SITE_LANGUAGE);
        context.setVariable("root", "");
        context.setVariable("articles", items);
        return engine.process("index", context);
    }

    private List<String> asides(ArchivedArticle article, Role role) {
        return article.asides(role).stream().map(html::inline).filter(line -> !line.isEmpty()).toList();
    }

    private static void checkId(String id) {
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad article id: " + id);
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
