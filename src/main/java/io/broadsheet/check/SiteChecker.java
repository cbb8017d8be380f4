package io.broadsheet.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a built site the way a reader and a crawler would meet it: every internal link, asset and
 * {@code #fragment} resolves inside the site, from disk as well as from a web server; every page is reachable from
 * the home page; every page is valid HTML by the Nu HTML checker; feeds and sitemaps are well-formed XML and list
 * existing pages; {@code robots.txt} points at the sitemap.
 *
 * <p>Reading the site folder is its only I/O. Each page is read and parsed once, pages are checked in parallel, and
 * only each page's links and ids stay in memory, so that sites of many thousands of pages can be checked. The same
 * site always gives the same report.
 */
public final class SiteChecker {
    private static final String HOME = "index.html";
    /** Servers show it for missing pages; nothing links to it. */
    private static final String NOT_FOUND_PAGE = "404.html";

    private final Path site;
    private final Optional<String> baseUrl;
    private final boolean validateHtml;

    private SiteChecker(Path site, Optional<String> baseUrl, boolean validateHtml) {
        this.site = site;
        this.baseUrl = baseUrl;
        this.validateHtml = validateHtml;
    }

    /** A checker of the site in this folder, with every check on. */
    public static SiteChecker of(Path site) {
        return new SiteChecker(Objects.requireNonNull(site, "site"), Optional.empty(), true);
    }

    /**
     * The same checker, knowing the URL the site is published at, so that absolute URLs in feeds, the sitemap and
     * {@code robots.txt} can be checked. Without it the checker takes it from an Atom feed's {@code rel="self"}
     * link, or failing that from the sitemap's entries.
     *
     * @param url an absolute {@code http:} or {@code https:} URL
     */
    public SiteChecker withBaseUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("the base URL must start with http:// or https://: " + url);
        }
        return new SiteChecker(site, Optional.of(url.endsWith("/") ? url : url + "/"), validateHtml);
    }

    /** The same checker without HTML validation, the slowest check by far. */
    public SiteChecker withoutHtmlValidation() {
        return new SiteChecker(site, baseUrl, false);
    }

    /**
     * Checks the site.
     *
     * @throws NotDirectoryException if the site folder does not exist or is not a folder
     * @throws IOException           if the site cannot be read
     */
    public CheckReport check() throws IOException {
        if (!Files.isDirectory(site)) throw new NotDirectoryException(site.toString());
        SiteFiles files = SiteFiles.list(site);
        List<String> pages = files.files().stream().filter(f -> f.endsWith(".html")).toList();
        Map<String, Integer> pageIndex = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) pageIndex.put(pages.get(i), i);

        Map<String, List<LineMessage>> problems = new TreeMap<>();
        PageScan[] scans = scanPages(pages, files, pageIndex);
        for (int i = 0; i < pages.size(); i++) {
            List<LineMessage> found = new ArrayList<>(scans[i].problems());
            for (PageScan.FragmentLink link : scans[i].fragments()) {
                if (scans[link.target()].ids().contains(link.fragment())) continue;
                String where = link.target() == i ? "this page" : Shown.safe(pages.get(link.target()));
                found.add(new LineMessage(link.line(), "link " + Shown.quoted(link.ref()) + ": no id "
                        + Shown.quoted(link.fragment()) + " on " + where));
            }
            if (!found.isEmpty()) problems.put(pages.get(i), found);
        }
        checkReachability(pages, pageIndex, scans, problems);
        new SiteXml(site, files, baseUrl).check(problems);

        List<SiteProblem> report = new ArrayList<>();
        problems.forEach((page, found) -> found.stream()
                .sorted(Comparator.comparingInt(LineMessage::line))
                // The HTML checker quotes the page's text in its messages, so all of it is made safe to print.
                .forEach(problem -> report.add(new SiteProblem(Shown.safe(page), Shown.safe(problem.text())))));
        return new CheckReport(pages.size(), report);
    }

    /** Scans the pages on every core; the result is in page order whatever the threads' timing. */
    private PageScan[] scanPages(List<String> pages, SiteFiles files, Map<String, Integer> pageIndex)
            throws IOException {
        PageScan[] scans = new PageScan[pages.size()];
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    // Each worker loads the schema once and keeps it for all its pages.
                    HtmlValidator validator = validateHtml ? new HtmlValidator() : null;
                    for (int i = next.getAndIncrement(); i < scans.length; i = next.getAndIncrement()) {
                        String page = pages.get(i);
                        try {
                            byte[] bytes = Files.readAllBytes(site.resolve(page));
                            scans[i] = PageScan.of(page, bytes, files, pageIndex, validator);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) worker.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the site", e);
        } finally {
            pool.shutdownNow();
        }
        return scans;
    }

    /** Every page but the 404 page must be reachable from the home page by following links. */
    private static void checkReachability(List<String> pages, Map<String, Integer> pageIndex, PageScan[] scans,
                                          Map<String, List<LineMessage>> problems) {
        Integer home = pageIndex.get(HOME);
        if (home == null) {
            problems.computeIfAbsent(HOME, p -> new ArrayList<>())
                    .add(new LineMessage(0, "the site has no home page " + HOME));
            return;
        }
        boolean[] reached = new boolean[pages.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        reached[home] = true;
        queue.add(home);
        while (!queue.isEmpty()) {
            for (int target : scans[queue.poll()].linked()) {
                if (!reached[target]) {
                    reached[target] = true;
                    queue.add(target);
                }
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            if (reached[i] || pages.get(i).equals(NOT_FOUND_PAGE)) continue;
            problems.computeIfAbsent(pages.get(i), p -> new ArrayList<>())
                    .add(new LineMessage(0, "not reachable from " + HOME + " by following links"));
        }
    }
}
