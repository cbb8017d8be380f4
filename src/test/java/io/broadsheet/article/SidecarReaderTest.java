package io.broadsheet.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SidecarReaderTest {
    @Test
    void readsEveryField() throws Exception {
        Sidecar s = SidecarReader.read("a.json", """
                {"url": "https://news.example/a", "title": "A title", "published": "2022-09-22T10:00:00Z",
                 "authors": ["Jane Doe", "John Roe"], "publisher": "Example News", "language": "pt-BR",
                 "tags": ["politics"]}
                """.getBytes(UTF_8));
        assertThat(s).isEqualTo(new Sidecar(Optional.of("https://news.example/a"), Optional.of("A title"),
                Optional.of("2022-09-22T10:00:00Z"), List.of("Jane Doe", "John Roe"), Optional.of("Example News"),
                Optional.of("pt-BR"), List.of("politics")));
    }

    @Test
    void aLanguageTagLongerThanAnyRealOneIsRefusedAndQuotedShort() {
        // The tag's pattern once took a stack frame for each variant subtag; now so long a tag never reaches it.
        String tag = "en" + "-abcde".repeat(100_000);
        assertThatThrownBy(() -> SidecarReader.read("a.json", ("{\"language\": \"" + tag + "\"}").getBytes(UTF_8)))
                .isInstanceOf(SidecarException.class)
                .hasMessageStartingWith("a.json: field \"language\": 600,002 characters, more than the 64 allowed: "
                        + "\"en-abcde")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).endsWith("…\""));
    }

    @Test
    void valuesAreBoundedFarAboveRealOnes() throws Exception {
        String longest = "é".repeat(SidecarReader.TEXT_LIMIT);
        List<String> most = java.util.stream.IntStream.range(0, SidecarReader.LIST_LIMIT).mapToObj(i -> "t" + i)
                .toList();
        String json = "{\"title\": \"" + longest + "\", \"publisher\": \"" + longest + "\", \"tags\": "
                + most.stream().map(t -> "\"" + t + "\"").toList() + ", \"url\": \"https://news.example/"
                + "a".repeat(SidecarReader.URL_LIMIT - 21) + "\"}";
        Sidecar s = SidecarReader.read("a.json", json.getBytes(UTF_8));
        assertThat(s.title()).contains(longest);
        assertThat(s.tags()).isEqualTo(most);
        assertThat(s.url()).hasValueSatisfying(url -> assertThat(url).hasSize(SidecarReader.URL_LIMIT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"title", "publisher", "published", "authors", "tags", "url"})
    void refusesAValueOverItsBoundNamingTheField(String field) {
        boolean list = field.equals("authors") || field.equals("tags");
        int limit = field.equals("url") ? SidecarReader.URL_LIMIT : SidecarReader.TEXT_LIMIT;
        String value = "\"" + (field.equals("url") ? "https://news.example/" : "") + "x".repeat(limit + 1) + "\"";
        String json = "{\"" + field + "\": " + (list ? "[" + value + "]" : value) + "}";
        assertThatThrownBy(() -> SidecarReader.read("a.json", json.getBytes(UTF_8)))
                .isInstanceOf(SidecarException.class)
                .hasMessageContaining("a.json: field \"" + field + "\": ")
                .hasMessageContaining(String.format(java.util.Locale.ROOT, "more than the %,d allowed", limit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"authors", "tags"})
    void refusesMoreEntriesThanItsBound(String field) {
        String entries = String.join(",", java.util.Collections.nCopies(SidecarReader.LIST_LIMIT + 1, "\"x\""));
        assertThatThrownBy(() -> SidecarReader.read("a.json", ("{\"" + field + "\": [" + entries + "]}")
                .getBytes(UTF_8)))
                .isInstanceOf(SidecarException.class)
                .hasMessage("a.json: field \"" + field + "\": 1,001 entries, more than the 1,000 allowed");
    }

    @Test
    void emptyObjectGivesNothing() throws Exception {
        assertThat(SidecarReader.read("a.json", "{}".getBytes(UTF_8))).isEqualTo(Sidecar.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"headline": "x"}                    | headline
            {"url": "ftp://news.example/a"}      | url
            {"url": "javascript:alert(1)"}       | url
            {"published": "22.09.2022"}          | published
            {"published": "2022-13-01"}          | published
            {"language": "english"}              | language
            {"authors": "Jane Doe"}              | authors
            {"authors": ["Jane", ""]}            | authors
            {"tags": [1, 2]}                     | tags
            {"title": 5}                         | title
            """)
    void refusesBadFieldsNamingFileAndField(String json, String field) {
        assertThatThrownBy(() -> SidecarReader.read("seeds/a.json", json.getBytes(UTF_8)))
                .isInstanceOf(SidecarException.class)
                .hasMessageStartingWith("seeds/a.json: field \"" + field + "\"")
                .satisfies(e -> assertThat(((SidecarException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2]
            not json
            {"title": "a", "title": "b"}
            """)
    void refusesFilesThatAreNotOneObject(String json) {
        assertThatThrownBy(() -> SidecarReader.read("b.json", json.getBytes(UTF_8)))
                .isInstanceOf(SidecarException.class)
                .hasMessageStartingWith("b.json");
    }

    @Test
    void sidecarValuesWinOverDerivedOnes() throws Exception {
        Sidecar s = SidecarReader.read("a.json", """
                {"title": "Given title", "language": "de", "publisher": "Given Publisher", "published": "2020-01-02"}
                """.getBytes(UTF_8));
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), List.of(
                "<b>The derived title would come from this bold opening paragraph of the story.</b>",
                "© 2022 Derived Publisher."), s, ArchiveProfile.EMPTY);
        assertThat(a.metadata().title()).isEqualTo("Given title");
        assertThat(a.metadata().language()).isEqualTo("de");
        assertThat(a.metadata().publisher()).contains("Given Publisher");
        assertThat(a.metadata().published()).contains("2020-01-02");
        assertThat(a.metadata().year()).contains(2022);
    }
}
