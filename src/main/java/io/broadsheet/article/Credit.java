package io.broadsheet.article;

import java.util.Objects;
import java.util.Optional;

/**
 * What a credit or copyright line states.
 *
 * @param publisher who holds the rights or first published the text, when named
 * @param year      the copyright year (the last one of a range), when given
 */
public record Credit(Optional<String> publisher, Optional<Integer> year) {
    public Credit {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
    }
}
