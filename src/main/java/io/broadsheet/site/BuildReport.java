package io.broadsheet.site;

import java.util.List;

/**
 * The outcome of a build that wrote a site.
 *
 * @param built     how many articles were built
 * @param refused   dumps that were refused, with why; the rest of the site was built without them
 * @param warnings  things worth knowing that did not stop a dump, such as an empty list
 * @param converted how many dumps were read, classified and written as Markdown afresh rather than kept from the
 *                  previous build
 * @param remade    how many files of Markdown, pages and search index were made afresh rather than kept from the
 *                  previous build
 * @param written   how many files of the site were written (new or changed)
 * @param deleted   how many files of the previous build were deleted (removed articles and pages)
 * @param clean     whether the whole site was built afresh and swapped in, rather than updated in place
 */
public record BuildReport(int built, List<Problem> refused, List<Problem> warnings, int converted, int remade,
                          int written, int deleted, boolean clean) {
    public BuildReport {
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
        if (converted < 0 || remade < 0 || written < 0 || deleted < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The report of a clean build that wrote nothing it counted. */
    public BuildReport(int built, List<Problem> refused, List<Problem> warnings) {
        this(built, refused, warnings, 0, 0, 0, 0, true);
    }

    /** Whether an incremental build found nothing to change: it wrote and deleted nothing. */
    public boolean upToDate() {
        return !clean && written == 0 && deleted == 0;
    }

    /** Whether every dump was built. */
    public boolean complete() {
        return refused.isEmpty();
    }
}
