package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import io.broadsheet.site.BuildCache.CachedArticle;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which articles changed since the previous build, when nothing that decides the archive's order and groups did:
 * the same articles, each with the same year, date, publisher and topics, and pages made with the same code,
 * settings and theme. Then the archive order, every listing's items, the related articles of every article and the
 * paths of years, publishers and topics are those of the previous build, and a page can change only if it shows a
 * changed summary or is the page of an article whose Markdown changed. Knowing that, a build after a small edit
 * works out the keys of those few pages alone instead of every page's.
 */
final class ArchiveChanges {
    private final Set<String> summaries;
    private final Set<String> markdown;

    private ArchiveChanges(Set<String> summaries, Set<String> markdown) {
        this.summaries = summaries;
        this.markdown = markdown;
    }

    /**
     * The changes from the previous build to this one, or empty if the archive's order or groups may have changed
     * (or there is no previous build), in which case every page's key must be worked out.
     *
     * @param articles this build's articles, by id
     * @param common   the digest of the code, settings and theme this build's pages are made with
     */
    static Optional<ArchiveChanges> since(BuildCache previous, Map<String, CachedArticle> articles, byte[] common) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(common, "common");
        if (common.length == 0 || !Arrays.equals(previous.common(), common)
                || previous.articles().size() != articles.size()) {
            return Optional.empty();
        }
        Set<String> summaries = new HashSet<>();
        Set<String> markdown = new HashSet<>();
        for (Map.Entry<String, CachedArticle> e : articles.entrySet()) {
            CachedArticle before = previous.articles().get(e.getKey());
            CachedArticle now = e.getValue();
            if (before == null) return Optional.empty();
            if (before == now) continue;
            if (!samePlace(before.summary(), now.summary())) return Optional.empty();
            if (!before.summary().equals(now.summary())) summaries.add(e.getKey());
            if (!Arrays.equals(before.markdown(), now.markdown())) markdown.add(e.getKey());
        }
        return Optional.of(new ArchiveChanges(Set.copyOf(summaries), Set.copyOf(markdown)));
    }

    /** Whether two summaries of one article put it at the same place of the archive and in the same groups. */
    private static boolean samePlace(ArticleSummary a, ArticleSummary b) {
        return a.year().equals(b.year()) && a.date().equals(b.date()) && a.publisher().equals(b.publisher())
                && a.topics().equals(b.topics());
    }

    /**
     * Whether the summary of any of these articles changed: a loop, as a stream and a lambda made for each of a large
     * archive's tens of thousands of listing pages were a visible part of a quick rebuild without the optimising
     * compiler.
     */
    boolean anySummaryChanged(List<ArticleSummary> articles) {
        if (summaries.isEmpty()) return false;
        for (ArticleSummary article : articles) if (summaries.contains(article.id())) return true;
        return false;
    }

    /**
     * The positions, in archive order, of the article pages whose keys may have changed: those of the articles
     * whose summary or Markdown changed, their neighbours, and the articles that may list them as related.
     */
    BitSet pagesToKey(Catalogue catalogue) {
        List<ArticleSummary> ordered = catalogue.articles();
        BitSet pages = new BitSet(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            String id = ordered.get(i).id();
            if (markdown.contains(id)) pages.set(i);
            if (!summaries.contains(id)) continue;
            pages.set(Math.max(0, i - 1), Math.min(ordered.size(), i + 2));
            catalogue.mayListAsRelated(i, pages);
        }
        return pages;
    }
}
