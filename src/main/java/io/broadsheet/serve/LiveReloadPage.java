package io.broadsheet.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Rewrites the served copy of an HTML page so that it reloads itself after a rebuild: adds the live-reload script
 * before {@code </body>} and lets a Content-Security-Policy meta tag allow the script's EventSource connection.
 *
 * <p>Works on the page as ISO-8859-1 text, which maps every byte to one character, so the bytes it does not edit
 * come back exactly as they were whatever the page's encoding. Only the policy's {@code connect-src} changes, and
 * only as far as {@code 'self'}: nothing else in the policy is loosened.
 */
final class LiveReloadPage {
    /** Where the server answers with the script and with the event stream. */
    static final String SCRIPT_PATH = "/__broadsheet/live-reload.js";
    static final String EVENTS_PATH = "/__broadsheet/events";

    private static final Pattern META_START = Pattern.compile("<meta\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern BODY_END = Pattern.compile("</body", Pattern.CASE_INSENSITIVE);

    private LiveReloadPage() {}

    /**
     * The page as served.
     *
     * @param page  the page's bytes decoded as ISO-8859-1
     * @param build the build the page belongs to; the script reloads the page when the server is on another one
     */
    static String rewrite(String page, String build) {
        return injectScript(allowEventSource(page), build);
    }

    /** The script element the served copy gets; the build id is a token of hex digits and dashes. */
    static String scriptElement(String build) {
        if (!build.matches("[0-9a-f-]+")) throw new IllegalArgumentException("not a build id: " + build);
        return "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\" defer></script>";
    }

    private static String injectScript(String page, String build) {
        int end = -1;
        Matcher body = BODY_END.matcher(page);
        while (body.find()) end = body.start();
        // A page without </body> still gets the script: the parser closes the body at the end of the file.
        if (end < 0) end = page.length();
        return page.substring(0, end) + scriptElement(build) + page.substring(end);
    }

    private static String allowEventSource(String page) {
        Matcher meta = META_START.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 32);
        int copied = 0;
        while (meta.find(copied)) {
            int end = tagEnd(page, meta.end());
            // Unclosed: to a browser the rest of the page is inside this tag, so no later meta counts either.
            if (end < 0) break;
            out.append(page, copied, meta.start()).append(rewriteMeta(page.substring(meta.start(), end)));
            copied = end;
        }
        return out.append(page, copied, page.length()).toString();
    }

    /**
     * Where the tag that starts before {@code from} ends, just past its {@code >}, skipping quoted values; -1 if it
     * never does. A scan rather than a regular expression, so that many unclosed tags still take linear time.
     */
    private static int tagEnd(String page, int from) {
        char quote = 0;
        for (int i = from; i < page.length(); i++) {
            char c = page.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** A meta element with its CSP content allowing connections to 'self', or the element unchanged. */
    private static String rewriteMeta(String tag) {
        Matcher attribute = ATTRIBUTE.matcher(tag);
        attribute.region("<meta".length(), tag.length() - 1);
        String httpEquiv = null;
        String content = null;
        int contentGroup = -1;
        int contentStart = -1;
        int contentEnd = -1;
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            int group = valueGroup(attribute);
            String value = group < 0 ? "" : Parser.unescapeEntities(attribute.group(group), true);
            // As in the HTML parser, the first of two same-named attributes wins.
            if (name.equals("http-equiv") && httpEquiv == null) {
                httpEquiv = value;
            } else if (name.equals("content") && content == null) {
                content = value;
                contentGroup = group;
                if (group > 0) {
                    contentStart = attribute.start(group);
                    contentEnd = attribute.end(group);
                }
            }
        }
        if (httpEquiv == null || !httpEquiv.trim().equalsIgnoreCase("content-security-policy")) return tag;
        if (contentGroup < 0) return tag;
        String policy = withConnectSelf(content);
        if (policy.equals(content)) return tag;
        String escaped = escapeAttribute(policy, contentGroup == 3 ? '\'' : '"');
        // Groups 2 and 3 are the insides of quotes; group 4 is an unquoted value, which gets quotes now.
        String replacement = contentGroup == 4 ? "\"" + escaped + "\"" : escaped;
        return tag.substring(0, contentStart) + replacement + tag.substring(contentEnd);
    }

    private static int valueGroup(Matcher attribute) {
        for (int group = 2; group <= 4; group++) if (attribute.group(group) != null) return group;
        return -1;
    }

    /** Escapes what would end the value; keeps CSP's own quotes readable in the usual double-quoted attribute. */
    private static String escapeAttribute(String value, char quote) {
        String ampersands = value.replace("&", "&amp;");
        return quote == '"' ? ampersands.replace("\"", "&quot;") : ampersands.replace("'", "&#39;");
    }

    /**
     * The policy with {@code connect-src} allowing {@code 'self'}: added when missing, {@code 'none'} replaced,
     * {@code 'self'} appended to another source list. Every other directive is kept as written.
     */
    static String withConnectSelf(String policy) {
        List<String> directives = new ArrayList<>();
        boolean seen = false;
        boolean changed = false;
        for (String directive : policy.split(";", -1)) {
            String trimmed = directive.trim();
            if (trimmed.isEmpty()) continue;
            String[] tokens = trimmed.split("[\\t\\n\\f\\r ]+");
            // Browsers obey only the first of two same-named directives, so only that one is looked at.
            if (!seen && tokens[0].equalsIgnoreCase("connect-src")) {
                seen = true;
                String updated = connectSelf(tokens);
                changed |= !updated.equals(trimmed);
                directives.add(updated);
            } else {
                directives.add(trimmed);
            }
        }
        if (!seen) {
            directives.add("connect-src 'self'");
            changed = true;
        }
        return changed ? String.join("; ", directives) : policy;
    }

    private static String connectSelf(String[] tokens) {
        List<String> sources = new ArrayList<>();
        boolean allowsSelf = false;
        for (int i = 1; i < tokens.length; i++) {
            String source = tokens[i];
            if (source.equalsIgnoreCase("'none'")) continue;
            if (source.equalsIgnoreCase("'self'")) allowsSelf = true;
            sources.add(source);
        }
        if (!allowsSelf) sources.add("'self'");
        return tokens[0] + " " + String.join(" ", sources);
    }
}
