package io.broadsheet.render;

import io.broadsheet.article.TopicExtractor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the listing pages of publishers and topics are, so that article pages and listings can link to them.
 *
 * @param publisherSlugs each publisher's name to the folder name of its pages under {@code publishers/}
 * @param topics         each topic's {@linkplain TopicExtractor#key key} to its name and the folder name of its
 *                       pages under {@code topics/}
 * @param years          the years that have pages under {@code years/}
 * @param spellings      names of topics as articles write them, each to its key: a shortcut past folding a name
 *                       into its key, which is slow and done for every topic every page shows
 */
public record SiteIndex(Map<String, String> publisherSlugs, Map<String, Topic> topics, Set<Integer> years,
                        Map<String, String> spellings) {
    /** An index without year, publisher or topic pages, for rendering an article on its own. */
    public static final SiteIndex EMPTY = new SiteIndex(Map.of(), Map.of(), Set.of(), Map.of());

    public SiteIndex {
        publisherSlugs = Map.copyOf(publisherSlugs);
        topics = Map.copyOf(topics);
        years = Set.copyOf(years);
        spellings = Map.copyOf(spellings);
    }

    /** The path of a year's first listing page from the site's top, if it has pages. */
    public Optional<String> yearPath(int year) {
        return years.contains(year) ? Optional.of("years/" + year + "/index.html") : Optional.empty();
    }

    /**
     * A topic with pages of its own.
     *
     * @param name how the topic is shown
     * @param slug the folder name of its pages
     */
    public record Topic(String name, String slug) {}

    /** The path of a publisher's first listing page from the site's top, if it has pages. */
    public Optional<String> publisherPath(String publisher) {
        return Optional.ofNullable(publisherSlugs.get(publisher)).map(slug -> "publishers/" + slug + "/index.html");
    }

    /** The topic a name stands for, if it has pages. */
    public Optional<Topic> topic(String name) {
        String key = spellings.get(name);
        return Optional.ofNullable(topics.get(key != null ? key : TopicExtractor.key(name)));
    }
}
