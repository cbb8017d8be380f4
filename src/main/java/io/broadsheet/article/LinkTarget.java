package io.broadsheet.article;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a scraped link address valid, or says it cannot be: scraped pages hold addresses with spaces, brackets,
 * raw Unicode and malformed hosts that browsers guess at and HTML checkers reject. Only http, https and mailto
 * addresses are accepted.
 */
public final class LinkTarget {
    private static final Pattern WEB = Pattern.compile("(?i)(https?)://([^/?#]*)(.*)", Pattern.DOTALL);
    private static final Pattern HOST_PORT = Pattern.compile("([^:]+)(?::(\\d{1,5}))?");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final String KEPT = "-._~:/?#@!$&'()*+,;=";

    private LinkTarget() {}

    /**
     * The address in a form every browser and validator reads the same way: host in ASCII, every other
     * character that may not stand in a URL percent-encoded.
     *
     * @return the normalised address, or empty when it is not a usable http, https or mailto address
     */
    public static Optional<String> normalise(String href) {
        String address = href.strip();
        Matcher web = WEB.matcher(address);
        if (web.matches()) return webAddress(web.group(1), web.group(2), web.group(3));
        if (address.regionMatches(true, 0, "mailto:", 0, 7) && address.length() > 7) {
            return Optional.of("mailto:" + encode(address.substring(7)));
        }
        return Optional.empty();
    }

    private static Optional<String> webAddress(String scheme, String authority, String rest) {
        // Credentials in a scraped link are a phishing pattern or a leak, never part of an article.
        if (authority.contains("@")) return Optional.empty();
        Matcher hostPort = HOST_PORT.matcher(authority);
        if (!hostPort.matches()) return Optional.empty();
        String host;
        try {
            host = IDN.toASCII(hostPort.group(1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.isEmpty()) return Optional.empty();
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) return Optional.empty();
        }
        String port = hostPort.group(2);
        if (port != null && Integer.parseInt(port) > 65535) return Optional.empty();
        return Optional.of(scheme.toLowerCase(Locale.ROOT) + "://" + host + (port == null ? "" : ":" + port)
                + encode(rest));
    }

    /** Percent-encodes what may not stand in a URL, keeping existing well-formed escapes. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || b < 0x80 && (Character.isLetterOrDigit(b) || KEPT.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
