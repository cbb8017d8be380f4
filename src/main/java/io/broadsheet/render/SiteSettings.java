package io.broadsheet.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a site owner can set about the whole site. {@link #DEFAULTS} make a good site with no settings at all.
 *
 * @param title        the site's name, in the header, the page titles and the feed
 * @param description  a sentence under the home page's heading and in the feed's subtitle
 * @param baseUrl      the address the site is published at, ending in {@code /}; with it the build writes
 *                     {@code sitemap.xml} and {@code robots.txt} and gives the feed absolute links
 * @param language     BCP 47 tag of the site's own words (navigation, headings)
 * @param perPage      articles on each page of a listing
 * @param feedSize     newest articles in the Atom feed
 * @param relatedCount related articles linked from each article page; 0 for none
 * @param author       who runs the archive, the feed's author; the title stands in when absent
 * @param footer       the text at the foot of every page
 * @param sourceDate   the build's date from {@code SOURCE_DATE_EPOCH}, used only when the feed needs a date
 *                     and no article has one; never the clock, so that builds stay reproducible
 */
public record SiteSettings(
        String title,
        String description,
        Optional<String> baseUrl,
        String language,
        int perPage,
        int feedSize,
        int relatedCount,
        Optional<String> author,
        String footer,
        Optional<Instant> sourceDate) {
    /** Largest page and feed size: beyond it pages grow too long to read or to load. */
    public static final int MAX_PER_PAGE = 1000;
    /** Most related articles an article page lists. */
    public static final int MAX_RELATED = 50;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*+");

    /** The settings of a site built with no settings file and no options. */
    public static final SiteSettings DEFAULTS = new SiteSettings("Broadsheet",
            "An archive of news articles, each with its source and its Markdown.", Optional.empty(), "en", 20, 20, 5,
            Optional.empty(),
            "An archive of news articles made with Broadsheet. Beside each article are its source dump and its Markdown.",
            Optional.empty());

    public SiteSettings {
        requireText(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl.ifPresent(url -> {
            if (!isBaseUrl(url)) {
                throw new IllegalArgumentException("base URL must be an absolute http(s) address ending in /: " + url);
            }
        });
        if (!LANGUAGE.matcher(Objects.requireNonNull(language, "language")).matches()) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + language);
        }
        requireRange(perPage, 1, MAX_PER_PAGE, "perPage");
        requireRange(feedSize, 1, MAX_PER_PAGE, "feedSize");
        requireRange(relatedCount, 0, MAX_RELATED, "relatedCount");
        Objects.requireNonNull(author, "author");
        author.ifPresent(a -> requireText(a, "author"));
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(sourceDate, "sourceDate");
    }

    /** Whether a text is a BCP 47 language tag as the settings accept it. */
    public static boolean isLanguageTag(String text) {
        return LANGUAGE.matcher(text).matches();
    }

    /** Whether a text is an absolute http(s) address with a host, ending in {@code /}, without query or fragment. */
    public static boolean isBaseUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawPath().endsWith("/");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The feed's author: the site's author, else its title. */
    public String feedAuthor() {
        return author.orElse(title);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ": " + value);
        }
    }
}
