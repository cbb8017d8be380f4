package io.broadsheet.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small site with every kind of file the checker looks at, all correct: tests break one thing at a time.
 *
 * <p>Published at {@link #BASE_URL}; pages link to each other relatively, with explicit {@code index.html}.
 */
final class GoodSite {
    static final String BASE_URL = "https://example.org/news/";

    private GoodSite() {}

    static void write(Path site) throws IOException {
        write(site, "index.html", page("Broadsheet archive", "",
                """
                <h1 id="top-heading">The archive</h1>
                <ol>
                  <li><a href="articles/a/index.html">Article A</a></li>
                  <li><a href="articles/b/index.html#quote">Article B's quote</a></li>
                </ol>
                <p><a href="https://example.com/">elsewhere</a> <a href="mailto:editor@example.org">mail</a>
                  <a href="#top-heading">top</a> <a href="feed.xml">feed</a></p>
                """));
        write(site, "articles/a/index.html", page("Article A", "../../",
                """
                <h1>Article A</h1>
                <p><img src="../../assets/my%20picture.png?v=2" alt="A picture"
                  srcset="../../assets/my%20picture.png 1x, ../../assets/pic@2x.png 2x"></p>
                <p>Read <a href="../b/index.html">article B</a> and <a href="../b/index.html#note">its note</a>.</p>
                <p>(<a href="source.txt" type="text/plain">source.txt</a>)</p>
                """));
        write(site, "articles/a/source.txt", "['<b>A</b>']\n");
        write(site, "articles/b/index.html", page("Article B", "../../",
                """
                <h1>Article B</h1>
                <blockquote id="quote"><p>Quoted.</p></blockquote>
                <p><span id="note">A note.</span> Back to <a href="../a/index.html">article A</a>.</p>
                """));
        write(site, "404.html", page("Not found", "", "<h1>Not found</h1>"));
        write(site, "assets/style.css", "body { margin: 0 }\n");
        write(site, "assets/my picture.png", "png");
        write(site, "assets/pic@2x.png", "png");
        write(site, "feed.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Broadsheet archive</title>
                  <id>https://example.org/news/</id>
                  <updated>2026-01-01T00:00:00Z</updated>
                  <link rel="self" href="https://example.org/news/feed.xml"/>
                  <link rel="alternate" href="https://example.org/news/index.html"/>
                  <entry>
                    <title>Article A</title>
                    <id>https://example.org/news/articles/a/index.html</id>
                    <updated>2026-01-01T00:00:00Z</updated>
                    <link href="https://example.org/news/articles/a/index.html"/>
                  </entry>
                  <entry>
                    <title>Article B</title>
                    <id>https://example.org/news/articles/b/index.html</id>
                    <updated>2026-01-01T00:00:00Z</updated>
                    <link href="articles/b/index.html"/>
                  </entry>
                </feed>
                """);
        write(site, "sitemap.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/news/</loc></url>
                  <url><loc>https://example.org/news/articles/a/index.html</loc></url>
                  <url><loc>https://example.org/news/articles/b/index.html</loc></url>
                </urlset>
                """);
        write(site, "robots.txt", "User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n");
    }

    /** A valid HTML5 page in the shape Broadsheet's templates give. */
    static String page(String title, String root, String main) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s</title>
                  <link rel="stylesheet" href="%sassets/style.css">
                </head>
                <body>
                <nav><a href="%sindex.html">Broadsheet</a></nav>
                <main id="content">
                %s</main>
                </body>
                </html>
                """.formatted(title, root, root, main);
    }

    static void write(Path site, String file, String text) throws IOException {
        Path path = site.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** Replaces text in a file of the site, failing if the text is not there, so that a test never breaks nothing. */
    static void replace(Path site, String file, String text, String replacement) throws IOException {
        Path path = site.resolve(file);
        String content = Files.readString(path);
        if (!content.contains(text)) throw new IllegalArgumentException(file + " does not contain " + text);
        Files.writeString(path, content.replace(text, replacement));
    }
}
