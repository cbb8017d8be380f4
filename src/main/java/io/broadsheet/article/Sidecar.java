package io.broadsheet.article;

import java.util.List;
import java.util.Optional;

/**
 * Metadata given for a dump in a sidecar file ({@code NAME.json} beside {@code NAME.txt}). Given values win over
 * the ones derived from the dump.
 *
 * @param url       address of the original page (http or https)
 * @param title     headline
 * @param published publication date, ISO 8601
 * @param authors   authors' names
 * @param publisher publisher's name
 * @param language  BCP 47 language tag
 * @param tags      topics
 */
public record Sidecar(
        Optional<String> url,
        Optional<String> title,
        Optional<String> published,
        List<String> authors,
        Optional<String> publisher,
        Optional<String> language,
        List<String> tags) {

    /** A sidecar that gives nothing. */
    public static final Sidecar NONE = new Sidecar(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), List.of());

    public Sidecar {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
