package io.broadsheet.site;

import java.util.List;

/**
 * The outcome of a build that wrote a site.
 *
 * @param built    how many articles were built
 * @param refused  dumps that were refused, with why; the rest of the site was built without them
 * @param warnings things worth knowing that did not stop a dump, such as an empty list
 */
public record BuildReport(int built, List<Problem> refused, List<Problem> warnings) {
    public BuildReport {
        refused = List.copyOf(refused);
        warnings = List.copyOf(warnings);
    }

    /** Whether every dump was built. */
    public boolean complete() {
        return refused.isEmpty();
    }
}
