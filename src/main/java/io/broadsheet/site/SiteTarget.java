package io.broadsheet.site;

/**
 * Where a build puts the files of the site until they are published: the whole new site for a clean build
 * ({@link StagingArea}), or only its new and changed files for an incremental one ({@link DeltaArea}).
 */
interface SiteTarget extends AutoCloseable {
    /**
     * Writes one file of the site, at a path relative to the site's top, with {@code /} separators. Safe to call
     * from several threads at once, for different files.
     */
    void write(String relativePath, byte[] content);

    /** Reads a file of the site as this build leaves it, at a path relative to the site's top. */
    byte[] read(String relativePath);

    /**
     * Reads a file of the site as it was before this build, at a path relative to the site's top, or null if there
     * was no site or no such file.
     */
    byte[] readPublished(String relativePath);

    /** Removes what was staged unless it was published. */
    @Override
    void close();
}
