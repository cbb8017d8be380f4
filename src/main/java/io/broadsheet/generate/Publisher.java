package io.broadsheet.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A synthetic publisher and its house style: the furniture it puts around every article (the same newsletter promo,
 * copyright line and so on each time, as real sites do) and how it writes its markup.
 *
 * @param name           masthead, as printed
 * @param domain         host name without {@code www.}
 * @param language       the language it publishes in
 * @param ledeOpen       opening tag of the bold lede, with the site's generated CSS class
 * @param crossheadTag   {@code b} or {@code strong}
 * @param padded         whether its paragraphs carry the source's indentation and newlines
 * @param curlyQuotes    whether it sets typographic quotes and apostrophes
 * @param staff          its journalists
 * @param topLine        a date or counter line above the article, or empty
 * @param bylineStyle    byline template, used on {@code bylineRate} of articles
 * @param bylineRate     share of articles with a byline
 * @param datelineRate   share of articles whose first paragraph starts with a dateline
 * @param creditRate     share of articles ending with an agency credit
 * @param credit         agency credit template
 * @param captionRate    chance that a body paragraph is followed by a photo caption
 * @param caption        caption template
 * @param readMoreLabel  label of its "read more" teasers
 * @param endFurniture   lines after the article, in order (newsletter, cookies, counters)
 * @param copyright      copyright template
 * @param topicLinks     whether it lists the article's topics as links under it
 */
record Publisher(
        String name,
        String domain,
        Language language,
        String ledeOpen,
        String crossheadTag,
        boolean padded,
        boolean curlyQuotes,
        List<String> staff,
        String topLine,
        String bylineStyle,
        double bylineRate,
        double datelineRate,
        double creditRate,
        String credit,
        double captionRate,
        String caption,
        String readMoreLabel,
        List<String> endFurniture,
        String copyright,
        boolean topicLinks) {

    private static final String[] NAMES = {
            "The Harbour Courier", "Northfield Gazette", "Riverside Herald", "The Westmoor Chronicle",
            "Kestrel Bay Observer", "Ashdown Post", "Greyhaven Times", "Elmstead Dispatch", "Tidewater Record",
            "The Brackenridge Sentinel", "Lowmarsh Echo", "Fairhollow Standard", "The People's Ledger",
            "Coastline Daily", "Metro Wire Weekly", "The Quayside Clarion", "Pinecrest News", "Valley Voice",
            "Daily Meridian", "The Sunday Lantern", "Moorland Mercury", "Capital Briefing",
            "O'Donnell County Tribune", "Harbourside Business Review",
            "Neue Talzeitung", "Rheinkurier", "Allgemeines Seeblatt", "Bergländer Rundschau", "Morgenpost am Fluss",
            "Le Courrier du Littoral", "La Dépêche des Vallées", "L'Écho du Plateau", "Le Matin de Rivemont",
            "El Diario del Puerto", "La Voz de Montalba", "Noticias del Valle"};
    private static final int ENGLISH_TITLES = 24;
    private static final int GERMAN_TITLES = 5;
    private static final int FRENCH_TITLES = 4;
    private static final long HOUSE_STYLE_SEED = 0x6272_6f61_6473_6865L;
    private static final String CLASS_CHARS = "abcdefghijklmnopqrstuvwx0123456789";

    /** Every publisher, in a fixed order; the same for every archive so house styles are stable across seeds. */
    static final List<Publisher> ALL = all();

    private static List<Publisher> all() {
        List<Publisher> publishers = new ArrayList<>();
        for (int k = 0; k < NAMES.length; k++) publishers.add(invent(k));
        return List.copyOf(publishers);
    }

    private static Publisher invent(int k) {
        Language language = k < ENGLISH_TITLES ? Language.ENGLISH
                : k < ENGLISH_TITLES + GERMAN_TITLES ? Language.GERMAN
                : k < ENGLISH_TITLES + GERMAN_TITLES + FRENCH_TITLES ? Language.FRENCH
                : Language.SPANISH;
        SplitMix r = SplitMix.forItem(HOUSE_STYLE_SEED, k);
        String name = NAMES[k];
        String domain = slug(name).replace("-", "") + switch (language) {
            case ENGLISH -> k % 3 == 0 ? ".co.uk" : ".com";
            case GERMAN -> ".de";
            case FRENCH -> ".fr";
            case SPANISH -> ".es";
        };
        String ledeOpen = switch (r.nextInt(3)) {
            case 0 -> "<b class=\"ssrcss-" + token(r, 6) + "-BoldText e" + token(r, 7) + "\">";
            case 1 -> "<b class=\"article__lede\">";
            default -> "<b class=\"intro-" + token(r, 4) + "\">";
        };
        List<String> staff = new ArrayList<>();
        for (int j = 0; j < 6; j++) staff.add(Cast.reporter(k * 6 + j));

        String topLine = r.chance(0.4) ? r.pick(language.dateLines) : r.chance(0.3) ? r.pick(language.counters) : "";
        List<String> end = new ArrayList<>();
        end.add(r.pick(language.newsletters));
        if (r.chance(0.4)) end.add(r.pick(language.cookieLines));
        if (r.chance(0.5)) end.add(r.pick(language.counters));
        return new Publisher(name, domain, language, ledeOpen, r.chance(0.5) ? "b" : "strong", r.chance(0.2),
                language == Language.ENGLISH && r.chance(0.3), List.copyOf(staff), topLine,
                r.pick(language.bylines), 0.3 + 0.6 * r.nextDouble(), r.chance(0.4) ? 0.7 : 0.0,
                r.chance(0.5) ? 0.6 : 0.05, r.pick(language.credits), 0.03 + 0.05 * r.nextDouble(),
                r.pick(language.captions), r.pick(language.readMoreLabels), List.copyOf(end),
                r.pick(language.copyrights), r.chance(0.25));
    }

    private static String token(SplitMix r, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) out.append(CLASS_CHARS.charAt(r.nextInt(CLASS_CHARS.length())));
        return out.toString();
    }

    /** Lowercase ASCII words joined by hyphens: accents dropped, everything else a separator. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
