package io.broadsheet.check;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A URL reference as written in a page or feed ({@code href}, {@code src}, ...), resolved to a path inside the site
 * folder the way a browser resolves it against a {@code file:} URL.
 *
 * @param path          the target, relative to the site folder, {@code /} separators, percent-decoded, {@code ""}
 *                      for the site folder itself
 * @param folder        whether the reference names a folder (ends with {@code /}, {@code .} or {@code ..})
 * @param rootRelative  whether it starts with a single {@code /}, which from disk means the top of the disk
 * @param fragment      the decoded {@code #fragment}, if any
 */
record Reference(String path, boolean folder, boolean rootRelative, Optional<String> fragment) {

    /** A reference that cannot name a file in the site. */
    static final class Unresolvable extends Exception {
        Unresolvable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Whether the reference leaves the site: it has a scheme ({@code https:}, {@code mailto:}, {@code data:}, ...)
     * or is protocol-relative ({@code //host/...}).
     */
    static boolean isExternal(String ref) {
        String s = strip(ref);
        if (s.startsWith("//")) return true;
        // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":", before any '/', '?' or '#'.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i > 0;
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) return false;
        }
        return false;
    }

    /**
     * Resolves an internal reference.
     *
     * @param from the file the reference is in, relative to the site folder
     * @param ref  the reference as written; must not be {@linkplain #isExternal external}
     * @throws Unresolvable if it climbs above the site folder or has a malformed percent-escape
     */
    static Reference resolve(String from, String ref) throws Unresolvable {
        String s = strip(ref);
        Optional<String> fragment = Optional.empty();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            fragment = Optional.of(decode(s.substring(hash + 1)));
            s = s.substring(0, hash);
        }
        int query = s.indexOf('?');
        if (query >= 0) s = s.substring(0, query);
        if (s.isEmpty()) return new Reference(from, false, false, fragment);

        boolean rootRelative = s.startsWith("/");
        Deque<String> segments = new ArrayDeque<>();
        if (!rootRelative) {
            String[] parts = from.split("/", -1);
            for (int i = 0; i < parts.length - 1; i++) segments.addLast(parts[i]);
        }
        String[] parts = s.split("/", -1);
        boolean folder = false;
        for (String raw : parts) {
            // Decoded before comparing, as browsers treat %2e%2e like "..".
            String segment = decode(raw);
            folder = false;
            if (segment.isEmpty() || segment.equals(".")) {
                folder = true;
            } else if (segment.equals("..")) {
                if (segments.isEmpty()) throw new Unresolvable("leaves the site folder");
                segments.removeLast();
                folder = true;
            } else {
                segments.addLast(segment);
            }
        }
        return new Reference(String.join("/", segments), folder, rootRelative, fragment);
    }

    /** Browsers ignore ASCII whitespace around URLs. */
    private static String strip(String ref) {
        int start = 0;
        int end = ref.length();
        while (start < end && isAsciiWhitespace(ref.charAt(start))) start++;
        while (end > start && isAsciiWhitespace(ref.charAt(end - 1))) end--;
        return ref.substring(start, end);
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Percent-decodes as UTF-8; unlike {@code URLDecoder}, leaves {@code +} alone, as URL paths do. */
    static String decode(String s) throws Unresolvable {
        if (s.indexOf('%') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            bytes.reset();
            while (i < s.length() && s.charAt(i) == '%') {
                if (i + 3 > s.length()) throw new Unresolvable("has a malformed percent-escape");
                int high = Character.digit(s.charAt(i + 1), 16);
                int low = Character.digit(s.charAt(i + 2), 16);
                if (high < 0 || low < 0) throw new Unresolvable("has a malformed percent-escape");
                bytes.write(high * 16 + low);
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new Unresolvable("has percent-escapes that are not UTF-8");
            }
        }
        return out.toString();
    }
}
