package io.broadsheet.article;

import java.util.Collection;
import java.util.List;

/**
 * What the whole archive shows about its paragraphs, for signals no single page gives: how many dumps each
 * normalised paragraph text occurs in. It depends only on the set of dumps, never on the order they were read.
 */
public final class ArchiveProfile {
    /** A profile of an archive of one dump, which gives no cross-dump signal. */
    public static final ArchiveProfile EMPTY = new ArchiveProfile();

    private ArchiveProfile() {}

    /** The profile of an archive, given every dump's raw paragraphs. */
    public static ArchiveProfile of(Collection<List<String>> dumps) {
        return EMPTY;
    }
}
