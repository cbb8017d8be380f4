package io.broadsheet.render;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * The templates and assets a site is made with: those in the user's templates folder, and for anything
 * missing there, the default theme packaged in the jar.
 */
public final class Theme {
    private final Path folder;

    private Theme(Path folder) {
        this.folder = folder;
    }

    /** A theme read from the given folder, falling back to the packaged default for what it lacks. */
    public static Theme of(Path folder) {
        return new Theme(folder);
    }

    /** Every asset file (stylesheets, images) by its path relative to {@code assets/}, sorted. */
    public SortedMap<String, byte[]> assets() {
        throw new UnsupportedOperationException("TODO render");
    }
}
