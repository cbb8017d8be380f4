package io.broadsheet.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a sidecar file ({@code NAME.json}): a JSON object whose fields, all optional, are {@code url},
 * {@code title}, {@code published}, {@code authors}, {@code publisher}, {@code language} and {@code tags}.
 * Anything else, and any value of the wrong form, is refused with the file and field named.
 *
 * <p>Values are bounded far above any real article's ({@link #TEXT_LIMIT} characters for a title, publisher, author
 * or tag, {@link #LIST_LIMIT} authors or tags, {@link #URL_LIMIT} for the address): an article's title and
 * publisher are repeated on the page of every topic it has, so a sidecar of a megabyte-long title and thousands of
 * tags would otherwise make gigabytes of pages.
 */
public final class SidecarReader {
    private static final Set<String> FIELDS = Set.of("url", "title", "published", "authors", "publisher",
            "language", "tags");
    /** BCP 47 as used in practice: a 2–3 letter language, then optional script, region and variant subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "(?i)[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\\d{3}))?(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*+");
    /** The most characters a title, publisher, author or tag may have. */
    public static final int TEXT_LIMIT = 1_000;
    /** The most authors, and the most tags, a sidecar may give. */
    public static final int LIST_LIMIT = 1_000;
    /** The most characters the address may have. */
    public static final int URL_LIMIT = 4_096;
    /** The most characters the language tag may have: RFC 5646 asks readers to take 35, and real tags are shorter. */
    private static final int LANGUAGE_LIMIT = 64;
    /** How much of a refused value an error message quotes. */
    private static final int QUOTED = 80;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SidecarReader() {}

    /**
     * Parses and validates a sidecar.
     *
     * @param file  the file name to report in errors
     * @param bytes the file's bytes, UTF-8 JSON
     * @throws SidecarException if the file is not a valid sidecar
     */
    public static Sidecar read(String file, byte[] bytes) throws SidecarException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SidecarException(file, "", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SidecarException(file, "", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new SidecarException(file, "", "expected a JSON object");
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw new SidecarException(file, name, "unknown field");
        }
        Optional<String> url = text(file, root, "url", URL_LIMIT);
        if (url.isPresent()) checkUrl(file, url.get());
        Optional<String> published = text(file, root, "published", TEXT_LIMIT);
        if (published.isPresent() && !isIsoDate(published.get())) {
            throw new SidecarException(file, "published", "expected an ISO 8601 date or date-time, got "
                    + quoted(published.get()));
        }
        Optional<String> language = text(file, root, "language", LANGUAGE_LIMIT);
        if (language.isPresent() && !LANGUAGE_TAG.matcher(language.get()).matches()) {
            throw new SidecarException(file, "language", "not a BCP 47 language tag: " + quoted(language.get()));
        }
        return new Sidecar(url, text(file, root, "title", TEXT_LIMIT), published, strings(file, root, "authors"),
                text(file, root, "publisher", TEXT_LIMIT), language, strings(file, root, "tags"));
    }

    private static Optional<String> text(String file, JsonNode root, String field, int limit)
            throws SidecarException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return Optional.empty();
        if (!node.isTextual()) throw new SidecarException(file, field, "expected a string");
        String value = node.textValue().strip();
        if (value.isEmpty()) throw new SidecarException(file, field, "must not be empty");
        checkLength(file, field, value, limit);
        return Optional.of(value);
    }

    private static List<String> strings(String file, JsonNode root, String field) throws SidecarException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw new SidecarException(file, field, "expected an array of strings");
        if (node.size() > LIST_LIMIT) {
            throw new SidecarException(file, field, String.format(Locale.ROOT,
                    "%,d entries, more than the %,d allowed", node.size(), LIST_LIMIT));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new SidecarException(file, field, "expected an array of non-empty strings");
            }
            String value = item.textValue().strip();
            checkLength(file, field, value, TEXT_LIMIT);
            out.add(value);
        }
        return out;
    }

    private static void checkLength(String file, String field, String value, int limit) throws SidecarException {
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            throw new SidecarException(file, field, String.format(Locale.ROOT,
                    "%,d characters, more than the %,d allowed: %s", length, limit, quoted(value)));
        }
    }

    /** A value as an error message shows it: in quotes, cut short if long, so one bad field is not a page of log. */
    private static String quoted(String value) {
        if (value.length() <= QUOTED) return "\"" + value + "\"";
        int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "\"" + value.substring(0, end) + "…\"";
    }

    private static void checkUrl(String file, String url) throws SidecarException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new SidecarException(file, "url", "expected an http or https address, got " + quoted(url));
            }
        } catch (URISyntaxException e) {
            throw new SidecarException(file, "url", "not a valid address: " + e.getReason());
        }
    }

    private static boolean isIsoDate(String value) {
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                try {
                    OffsetDateTime.parse(value);
                } catch (DateTimeParseException withoutOffset) {
                    LocalDateTime.parse(value);
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
