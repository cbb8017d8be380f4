package io.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        return assemble(id, source, rawParagraphs, sidecar, profile, Classifier.shippedWeights());
    }

    /**
     * Assembles one article with other weights for the classifier's logistic model ({@link
     * Classifier#classify(List, Lexicon, ArchiveProfile, double[])}), for scoring weights fitted on other pages.
     *
     * @param id            the article's id
     * @param source        the dump it came from
     * @param rawParagraphs the dump's strings, untrusted HTML
     * @param sidecar       metadata given beside the dump, or {@link Sidecar#NONE}
     * @param profile       what the whole archive shows
     * @param weights       one weight per signal, in {@link Classifier#SIGNAL_NAMES} order
     */
    public static Article assemble(String id, SourceFile source, List<String> rawParagraphs, Sidecar sidecar,
                                   ArchiveProfile profile, double[] weights) {
        Objects.requireNonNull(rawParagraphs, "rawParagraphs");
        Objects.requireNonNull(sidecar, "sidecar");
        Objects.requireNonNull(profile, "profile");
        List<String> html = new ArrayList<>();
        List<Features> features = new ArrayList<>();
        for (String raw : NestedParagraphs.unnest(rawParagraphs)) {
            HtmlSanitizer.Measured clean = HtmlSanitizer.measure(raw);
            html.add(clean.html());
            features.add(clean.features());
        }
        String language = sidecar.language()
                .orElseGet(() -> LanguageGuesser.guess(features.stream().map(Features::text).toList()));
        List<Role> roles = Classifier.classify(features, Lexicon.forLanguage(language), profile, weights);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < html.size(); i++) paragraphs.add(new Paragraph(i, html.get(i), roles.get(i)));
        Metadata metadata = MetadataDeriver.derive(id, features, roles, language, sidecar);
        return new Article(id, source, metadata, paragraphs);
    }
}
