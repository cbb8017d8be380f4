package io.broadsheet.article;

import java.util.List;
import java.util.Optional;

/**
 * Derives an article's metadata from its classified paragraphs; values given in a sidecar win.
 */
final class MetadataDeriver {
    private MetadataDeriver() {}

    static Metadata derive(String id, List<Features> features, List<Role> roles, String language, Sidecar sidecar) {
        int words = 0;
        for (int i = 0; i < roles.size(); i++) if (roles.get(i).isReadingView()) words += features.get(i).words();
        return new Metadata(sidecar.title().orElse(id), "", language, sidecar.publisher(), Optional.empty(),
                Optional.empty(), sidecar.published(), sidecar.url(), sidecar.authors(), sidecar.tags(), words);
    }
}
