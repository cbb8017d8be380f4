package io.broadsheet.generate;

/** Escapes text for the inner HTML of a paragraph, as the scraped pages had it. */
final class Html {
    private Html() {}

    static String escape(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) return text;
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
