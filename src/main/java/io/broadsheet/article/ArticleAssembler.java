package io.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a dump's raw paragraphs into an {@link Article}: sanitises each paragraph, classifies it and derives the
 * article's metadata.
 */
public final class ArticleAssembler {
    private ArticleAssembler() {}

    /**
     * Assembles one article.
     *
     * @param id            the article's id
     * @param source        the dump it came from
     * @param rawParagraphs the dump's strings, untrusted HTML
     * @param sidecar       metadata given beside the dump, or {@link Sidecar#NONE}
     * @param profile       what the whole archive shows
     */
    public static Article assemble(String id, SourceFile source, List<String> rawParagraphs, Sidecar sidecar,
                                   ArchiveProfile profile) {
        // Placeholder until the classifier lands: first paragraph lede, copyright lines attribution.
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < rawParagraphs.size(); i++) {
            String html = HtmlSanitizer.sanitize(rawParagraphs.get(i));
            Role role = i == 0 ? Role.LEDE : html.contains("©") ? Role.ATTRIBUTION : Role.BODY;
            paragraphs.add(new Paragraph(i, html, role));
        }
        Metadata metadata = new Metadata(sidecar.title().orElse(id), "", sidecar.language().orElse("en"),
                sidecar.publisher(), Optional.empty(), Optional.empty(), sidecar.published(), sidecar.url(),
                sidecar.authors(), sidecar.tags(), 0);
        return new Article(id, source, metadata, paragraphs);
    }
}
