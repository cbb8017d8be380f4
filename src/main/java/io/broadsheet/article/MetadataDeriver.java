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
        String opening = null;
        Optional<String> publisher = Optional.empty();
        Optional<Integer> year = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<String> date = Optional.empty();
        for (int i = 0; i < roles.size(); i++) {
            Features f = features.get(i);
            Role role = roles.get(i);
            if (role.isReadingView()) {
                words += f.words();
                if (opening == null && role != Role.CROSSHEAD) opening = f.text();
            }
            if (role == Role.ATTRIBUTION) {
                Credit credit = AttributionParser.parse(f.text());
                if (publisher.isEmpty()) publisher = credit.publisher();
                if (year.isEmpty()) year = credit.year();
            }
            if (role == Role.BYLINE && byline.isEmpty()) byline = Optional.of(f.text());
            if ((role == Role.DATELINE || role == Role.BYLINE) && date.isEmpty()) date = DateFinder.find(f.text());
        }
        if (opening == null) {
            opening = features.stream().map(Features::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
        }
        String derivedTitle = opening.isEmpty() ? id : TitleMaker.title(opening);
        return new Metadata(
                sidecar.title().orElse(derivedTitle),
                TitleMaker.summary(opening),
                language,
                sidecar.publisher().isPresent() ? sidecar.publisher() : publisher,
                year,
                byline,
                sidecar.published().isPresent() ? sidecar.published() : date,
                sidecar.url(),
                sidecar.authors(),
                sidecar.tags(),
                words);
    }
}
