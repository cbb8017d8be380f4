package io.broadsheet.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the files of a site that are for machines: XML feeds and sitemaps, and {@code robots.txt}.
 *
 * <p>Feeds and sitemaps often hold absolute URLs; those under the site's base URL must name existing pages. The base
 * URL is the one given, else the one an Atom feed's {@code rel="self"} link implies, else the longest common folder
 * of the sitemap's entries (a sitemap lists the home page, so that is the site's top).
 */
final class SiteXml {
    private static final String ROBOTS = "robots.txt";

    private final Path site;
    private final SiteFiles files;
    private final Optional<String> givenBaseUrl;

    SiteXml(Path site, SiteFiles files, Optional<String> givenBaseUrl) {
        this.site = site;
        this.files = files;
        this.givenBaseUrl = givenBaseUrl;
    }

    /** Adds the problems found to {@code problems}, by file. */
    void check(Map<String, List<LineMessage>> problems) throws IOException {
        Map<String, XmlLinks> documents = new LinkedHashMap<>();
        for (String file : files.files()) {
            if (!file.endsWith(".xml")) continue;
            try {
                documents.put(file, XmlLinks.read(Files.readAllBytes(site.resolve(file))));
            } catch (XmlLinks.Malformed e) {
                add(problems, file, new LineMessage(e.where.line(), "not well-formed XML: " + e.where.message()));
            }
        }
        Optional<String> baseUrl = givenBaseUrl.or(() -> fromSelfLinks(documents)).or(() -> fromSitemaps(documents));
        documents.forEach((file, document) -> {
            if (!document.isFeed() && !document.isSitemap()) return;
            String what = document.isSitemap() ? "sitemap entry " : "feed link ";
            for (XmlLinks.Link link : document.links()) {
                String url = link.url();
                Optional<String> problem = missing(file, url, baseUrl);
                problem.ifPresent(p -> add(problems, file, new LineMessage(link.line(),
                        what + Shown.quoted(url) + " " + p)));
            }
        });
        if (files.isFile(ROBOTS)) checkRobots(documents, baseUrl, problems);
    }

    /** Why the link does not name an existing page, if it does not; links outside the site are not checked. */
    private Optional<String> missing(String file, String url, Optional<String> baseUrl) {
        String ref;
        String from;
        if (Reference.isExternal(url)) {
            if (baseUrl.isEmpty() || !url.startsWith(baseUrl.get())) return Optional.empty();
            ref = url.substring(baseUrl.get().length());
            from = "";
        } else {
            ref = url;
            from = file;
        }
        Reference reference;
        try {
            reference = Reference.resolve(from, ref);
        } catch (Reference.Unresolvable e) {
            return Optional.of(e.getMessage());
        }
        String path = reference.path();
        if (!reference.folder() && files.isFile(path)) return Optional.empty();
        // Feeds and sitemaps are read through a web server, which serves a folder's index.html.
        if (files.isFolder(path)) {
            return files.isFile(SiteFiles.indexOf(path)) ? Optional.empty()
                    : Optional.of("names " + SiteFiles.shownFolder(path) + ", which has no index.html");
        }
        return Optional.of("names a missing page " + Shown.safe(path)
                + (from.isEmpty() ? " (base URL " + baseUrl.orElseThrow() + ")" : ""));
    }

    private static Optional<String> fromSelfLinks(Map<String, XmlLinks> documents) {
        for (Map.Entry<String, XmlLinks> document : documents.entrySet()) {
            for (String self : document.getValue().selfLinks()) {
                String suffix = "/" + document.getKey();
                if (Reference.isExternal(self) && self.endsWith(suffix) && self.indexOf("://") > 0) {
                    return Optional.of(self.substring(0, self.length() - document.getKey().length()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromSitemaps(Map<String, XmlLinks> documents) {
        String common = null;
        for (XmlLinks document : documents.values()) {
            if (!document.isSitemap()) continue;
            for (XmlLinks.Link link : document.links()) {
                String url = link.url();
                if (!url.startsWith("http://") && !url.startsWith("https://")) continue;
                common = common == null ? url : commonPrefix(common, url);
            }
        }
        if (common == null) return Optional.empty();
        int hostStart = common.indexOf("://") + 3;
        int slash = common.lastIndexOf('/');
        // The common part must reach past the host to be a folder on the site.
        int hostEnd = common.indexOf('/', hostStart);
        if (hostEnd < 0 || slash < hostEnd) return Optional.empty();
        return Optional.of(common.substring(0, slash + 1));
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return a.substring(0, n);
    }

    /** Each {@code Sitemap:} line of robots.txt must name a sitemap of this site. */
    private void checkRobots(Map<String, XmlLinks> documents, Optional<String> baseUrl,
                             Map<String, List<LineMessage>> problems) throws IOException {
        // Decoded leniently: a stray byte elsewhere in the file must not hide the Sitemap lines.
        List<String> lines = new String(Files.readAllBytes(site.resolve(ROBOTS)), StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equalsIgnoreCase("sitemap")) continue;
            String url = line.substring(colon + 1).strip();
            int hash = url.indexOf('#');
            if (hash >= 0) url = url.substring(0, hash).strip();
            Optional<String> problem = robotsSitemapProblem(url, documents, baseUrl);
            if (problem.isPresent()) {
                add(problems, ROBOTS, new LineMessage(i + 1, "Sitemap " + Shown.quoted(url) + " " + problem.get()));
            }
        }
    }

    private Optional<String> robotsSitemapProblem(String url, Map<String, XmlLinks> documents,
                                                  Optional<String> baseUrl) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return Optional.of("must be an absolute http(s) URL");
        }
        List<String> sitemaps = new ArrayList<>();
        documents.forEach((file, document) -> {
            if (document.isSitemap()) sitemaps.add(file);
        });
        if (sitemaps.isEmpty()) return Optional.of("points at a sitemap, but the site has none");
        if (baseUrl.isEmpty()) {
            // Nothing says where the site is published; the URL must at least end with a sitemap's path.
            return sitemaps.stream().anyMatch(s -> url.endsWith("/" + s)) ? Optional.empty()
                    : Optional.of("does not point at the site's sitemap (" + String.join(", ", sitemaps) + ")");
        }
        if (!url.startsWith(baseUrl.get())) {
            return Optional.of("is not under the site's base URL " + baseUrl.get());
        }
        String path = url.substring(baseUrl.get().length());
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        try {
            path = Reference.decode(path);
        } catch (Reference.Unresolvable e) {
            return Optional.of(e.getMessage());
        }
        return sitemaps.contains(path) ? Optional.empty()
                : Optional.of("does not point at the site's sitemap (" + String.join(", ", sitemaps) + ")");
    }

    private static void add(Map<String, List<LineMessage>> problems, String file, LineMessage problem) {
        problems.computeIfAbsent(file, f -> new ArrayList<>()).add(problem);
    }
}
