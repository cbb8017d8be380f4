package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.SiteIndex;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a page's key holds of an article it links to, digested once per build: the article's summary and the paths
 * of its publisher and year pages. An article is linked from its two neighbours' pages, from the pages listing it
 * as related and from several listings, and a build that works out every page's key (after a dump is added, when
 * listings shift) digested each summary a dozen times. Digests are made when first asked for, so a build that works
 * out a few keys digests a few summaries. Thread-safe.
 */
final class LinkKeys {
    private final SiteIndex index;
    /** By article id, which is unique in a build. */
    private final ConcurrentHashMap<String, byte[]> digests = new ConcurrentHashMap<>();

    /** @param index where the pages of publishers and years are */
    LinkKeys(SiteIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Adds to a key what a page shows of an article it links to, with the paths of the pages it links on to. */
    void add(Digest key, ArticleSummary linked) {
        key.bytes(digests.computeIfAbsent(linked.id(), id -> Digest.of("linked").summary(linked)
                .optional(linked.publisher().flatMap(index::publisherPath))
                .optional(linked.year().flatMap(index::yearPath)).done()));
    }
}
