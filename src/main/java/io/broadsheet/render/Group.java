package io.broadsheet.render;

import java.util.Objects;

/**
 * An entry of a directory page: a year, a publisher or a topic, with its article count.
 *
 * @param name  how it is shown
 * @param path  its first listing page from the site's top
 * @param count how many articles it holds
 */
public record Group(String name, String path, int count) {
    public Group {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (count < 0) throw new IllegalArgumentException("count must not be negative");
    }
}
