package io.broadsheet.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small hand-made site, shaped like what the builder writes, for serving without building. */
final class SiteFolder {
    /** The policy the default theme's layout puts in every page. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self';"
            + " base-uri 'none'; form-action 'none'";

    private SiteFolder() {}

    static String page(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\"\n      content=\"" + POLICY + "\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n</head>\n"
                + "<body>\n<h1>" + title + "</h1>\n<p>Café – “quoted”</p>\n</body>\n</html>\n";
    }

    /** Writes a site with a home page, one article with its sources, and assets. */
    static Path site(Path site, String homeTitle) throws IOException {
        file(site.resolve("index.html"), page(homeTitle));
        file(site.resolve("articles/first/index.html"), page("First article"));
        file(site.resolve("articles/first/article.md"), "---\ntitle: First article\n---\n\nBody *text*.\n");
        file(site.resolve("articles/first/source.txt"), "['<b>First</b> article']\n");
        file(site.resolve("assets/style.css"), "body { margin: 0 }\n");
        file(site.resolve(".broadsheet-site"), "Written by Broadsheet.\n");
        return site;
    }

    static void file(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
