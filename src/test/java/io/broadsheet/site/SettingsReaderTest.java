package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.render.SiteSettings;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
    private static SiteSettings read(String yaml, Map<String, String> options) throws SettingsException {
        return SettingsReader.read("broadsheet.yml", yaml, options, key -> "--" + key.replace('_', '-'),
                Optional.empty());
    }

    private static String error(String yaml) {
        return assertThatThrownBy(() -> read(yaml, Map.of())).isInstanceOf(SettingsException.class)
                .actual().getMessage();
    }

    @Test
    void noFileGivesTheDefaults() throws SettingsException {
        assertThat(read("", Map.of())).isEqualTo(SiteSettings.DEFAULTS);
        assertThat(read("# only a comment\n", Map.of())).isEqualTo(SiteSettings.DEFAULTS);
    }

    @Test
    void everySettingIsRead() throws SettingsException {
        SiteSettings settings = read("""
                title: The Harbour Archive
                description: "Local news: since 2005"
                base_url: https://example.org/news
                language: en-GB
                per_page: 12
                feed_size: 30
                related_count: 0
                author: The Harbour Trust
                footer: Archived for research.
                """, Map.of());

        assertThat(settings).isEqualTo(new SiteSettings("The Harbour Archive", "Local news: since 2005",
                Optional.of("https://example.org/news/"), "en-GB", 12, 30, 0, Optional.of("The Harbour Trust"),
                "Archived for research.", Optional.empty()));
    }

    @Test
    void anOptionWinsOverTheFile() throws SettingsException {
        SiteSettings settings = read("title: From the file\nper_page: 12\n", Map.of("per_page", "5"));

        assertThat(settings.perPage()).isEqualTo(5);
        assertThat(settings.title()).isEqualTo("From the file");
    }

    @Test
    void theSourceDateIsKept() throws SettingsException {
        Instant date = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(SettingsReader.read("f", "", Map.of(), k -> k, Optional.of(date)).sourceDate()).contains(date);
    }

    @Test
    void anUnknownKeyIsNamedWithItsPosition() {
        assertThat(error("title: A\ncolour: red\n")).startsWith("broadsheet.yml:2:1: unknown setting 'colour'")
                .contains("per_page");
    }

    @Test
    void aBadValueIsNamedWithItsKeyAndPosition() {
        assertThat(error("title: A\nper_page: ten\n"))
                .isEqualTo("broadsheet.yml:2:11: per_page: must be a whole number from 1 to 1000, not 'ten'");
        assertThat(error("per_page: 0")).startsWith("broadsheet.yml:1:11: per_page:");
        assertThat(error("feed_size: 1001")).startsWith("broadsheet.yml:1:12: feed_size:");
        assertThat(error("related_count: -1")).startsWith("broadsheet.yml:1:16: related_count:");
        assertThat(error("per_page: 99999999999999")).startsWith("broadsheet.yml:1:11: per_page:");
        assertThat(error("base_url: ftp://example.org/")).startsWith("broadsheet.yml:1:11: base_url:");
        assertThat(error("base_url: /news/")).startsWith("broadsheet.yml:1:11: base_url:");
        assertThat(error("base_url: https://example.org/?a=1")).startsWith("broadsheet.yml:1:11: base_url:");
        assertThat(error("language: english!")).startsWith("broadsheet.yml:1:11: language:");
        assertThat(error("title: '   '")).startsWith("broadsheet.yml:1:8: title: must not be empty");
        assertThat(error("title:\n")).startsWith("broadsheet.yml:1:7: title: has no value");
        assertThat(error("title: [a, b]")).startsWith("broadsheet.yml:1:8: title: must be a single value");
    }

    @Test
    void aBadOptionIsNamedByItsOption() {
        assertThatThrownBy(() -> read("", Map.of("per_page", "many")))
                .hasMessage("option --per-page: per_page: must be a whole number from 1 to 1000, not 'many'");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThat(error("title: A\ntitle: B\n")).isEqualTo("broadsheet.yml:2:1: title: given twice (first at"
                + " broadsheet.yml:1:1)");
    }

    @Test
    void somethingOtherThanKeysAndValuesIsRefused() {
        assertThat(error("- title\n- per_page\n")).startsWith("broadsheet.yml:1:1: settings must be");
        assertThat(error("title: [unclosed\n")).startsWith("broadsheet.yml:").contains("not valid YAML");
    }

    @Test
    void everyDocumentedKeyIsKnown() {
        assertThat(SettingsReader.keys()).containsExactly("title", "description", "base_url", "language", "per_page",
                "feed_size", "related_count", "author", "footer");
    }
}
