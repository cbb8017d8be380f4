package io.broadsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sitemap (sitemaps.org protocol) and {@code robots.txt} of a site published at a base URL. A sitemap file
 * may hold at most {@value #MAX_URLS} addresses, so a larger site gets numbered sitemaps and a
 * {@code sitemap.xml} that indexes them.
 */
public final class Sitemap {
    /** The protocol's limit of addresses per sitemap file. */
    public static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    /**
     * The sitemap files by their path from the site's top: {@code sitemap.xml}, and {@code sitemap-N.xml} when
     * there are more than {@value #MAX_URLS} pages.
     *
     * @param baseUrl the site's address, ending in {@code /}
     * @param pages   every page's path from the site's top, in the order to list them
     */
    public static Map<String, String> files(String baseUrl, List<String> pages) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Map<String, String> files = new LinkedHashMap<>();
        if (pages.size() <= MAX_URLS) {
            files.put("sitemap.xml", urlset(baseUrl, pages));
            return files;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += MAX_URLS) {
            String name = "sitemap-" + (parts.size() + 1) + ".xml";
            files.put(name, urlset(baseUrl, pages.subList(from, Math.min(pages.size(), from + MAX_URLS))));
            parts.add(name);
        }
        StringBuilder index = new StringBuilder(header()).append("<sitemapindex xmlns=\"").append(NS).append("\">\n");
        for (String part : parts) {
            index.append("  <sitemap><loc>").append(escape(baseUrl + part)).append("</loc></sitemap>\n");
        }
        files.put("sitemap.xml", index.append("</sitemapindex>\n").toString());
        return files;
    }

    /** A {@code robots.txt} that allows everything and names the sitemap. */
    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n";
    }

    private static String urlset(String baseUrl, List<String> pages) {
        StringBuilder xml = new StringBuilder(header()).append("<urlset xmlns=\"").append(NS).append("\">\n");
        for (String page : pages) xml.append("  <url><loc>").append(escape(baseUrl + page)).append("</loc></url>\n");
        return xml.append("</urlset>\n").toString();
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
