package io.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives every paragraph of a page one {@link Role}, reading the page the way an editor does: find the main block
 * of running prose, then name what stands around it.
 *
 * <p>Each paragraph is first judged on its own, as jusText does: long text with the language's share of stop
 * words is prose, link lists and furniture vocabulary are not, short lines are undecided. Undecided lines take
 * the verdict of their neighbours. The main block is then the run of paragraphs with the greatest weight of
 * prose; inside it only clear furniture is dropped, outside it only clear prose is kept.
 */
public final class Classifier {
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|von|par|por|di|door|przez|text(?:e)?:|autor(?:in|a)?:|author:|written by|texto:|"
            + "testo di|tekst:)\\s*\\p{Lu}.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^[(\\[]?(?:fotos?|photos?|bild(?:er)?|image|picture|credit|crédits?|quelle|source|fonte|fuente|"
            + "fot\\.|zdjęcie|zdjęcia|grafik|illustration|video)\\s*(?::|©|/)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?iu)(?:[(\\[|]\\s*(?:fotos?|photos?|bild|image|picture|credit|foto)\\s*[:/©]|getty images|"
            + "\\bap photo\\b|/ ?reuters\\b|/ ?afp\\b|/ ?dpa\\b|\\bphoto: )");
    private static final Pattern AGENCY = Pattern.compile(
            "(?iu)^[(\\[]?(?:dpa|afp|reuters|ap|apa|efe|kna|epd|ansa|pap|lusa|sda|keystone|ddp|sid|ots)"
            + "(?:[-/, ]+[\\p{L}]{1,6})*[)\\]]?\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "(?iu)\\b(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|"
            + "dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
            + "febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|stycznia|"
            + "lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)"
            + "\\p{L}*\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4})");

    /** The verdict on a paragraph before and after its neighbours are heard. */
    private enum Quality { GOOD, NEAR_GOOD, SHORT, BAD, HARD_BAD }

    private Classifier() {}

    static double P(String k, double d) { return Double.parseDouble(System.getProperty(k, String.valueOf(d))); }

    /**
     * Classifies the paragraphs of one page.
     *
     * @param paragraphs what each paragraph shows, in page order
     * @param lexicon    the page's language
     * @param profile    what the whole archive shows
     * @return one role per paragraph, in the same order
     */
    public static List<Role> classify(List<Features> paragraphs, Lexicon lexicon, ArchiveProfile profile) {
        int n = paragraphs.size();
        Role[] roles = new Role[n];
        Quality[] quality = new Quality[n];
        for (int i = 0; i < n; i++) {
            Features f = paragraphs.get(i);
            roles[i] = specialRole(f);
            quality[i] = roles[i] != null || profile.isRepeated(f.text()) ? Quality.HARD_BAD : judge(f, lexicon);
        }
        Quality[] smoothed = smooth(quality);
        int[] block = mainBlock(paragraphs, smoothed);
        for (int i = 0; i < n; i++) {
            if (roles[i] != null) continue;
            boolean inside = i >= block[0] && i <= block[1];
            boolean keep = inside ? smoothed[i] == Quality.GOOD || quality[i] == Quality.BAD
                    : false;
            roles[i] = keep ? Role.BODY : lineRole(paragraphs.get(i));
            if (System.getProperty("dbg") != null) System.out.println("DBG\t" + i + "\t" + inside + "\t" + quality[i] + "\t" + smoothed[i] + "\t" + roles[i] + "\t" + paragraphs.get(i).text());
        }
        markLedeAndCrossheads(paragraphs, roles);
        return List.of(roles);
    }

    /** Credits, bylines and captions are told by their form, wherever they stand. */
    private static Role specialRole(Features f) {
        String t = f.text();
        if (t.isEmpty()) return Role.FURNITURE;
        boolean copyright = Lexicon.CREDIT.matcher(t).find();
        if (copyright && (f.words() <= 40 || t.contains("©") && f.words() <= 80)) return Role.ATTRIBUTION;
        if (f.words() <= 12 && (PHOTO_CREDIT.matcher(t).find() || AGENCY.matcher(t).matches())) {
            return Role.ATTRIBUTION;
        }
        if (f.words() <= 40 && CAPTION_CREDIT.matcher(t).find()) return Role.CAPTION;
        if (f.words() <= 10 && BYLINE.matcher(t).matches() && !f.sentenceEnd()) return Role.BYLINE;
        return null;
    }

    /** Roles for lines that stay out of the reading view and are not credits. */
    private static Role lineRole(Features f) {
        if (f.words() <= 12 && DATE.matcher(f.text()).find()) return Role.DATELINE;
        return Role.FURNITURE;
    }

    private static Quality judge(Features f, Lexicon lexicon) {
        if (f.linkDensity() > 0.5) return Quality.HARD_BAD;
        if (f.words() < 25 && Lexicon.FURNITURE.matcher(f.text()).find()) return Quality.HARD_BAD;
        double stop = f.stopwordShare(lexicon);
        if (f.linkDensity() > 0.3) return Quality.BAD;
        if (f.words() >= 20 && stop >= 0.22) return Quality.GOOD;
        if (f.words() >= 50) return Quality.GOOD;
        if (f.words() >= 8 && stop >= 0.15 && (f.sentenceEnd() || f.sentences() > 0)) return Quality.NEAR_GOOD;
        if (f.words() < 8) return Quality.SHORT;
        return Quality.BAD;
    }

    /** jusText's context rule: an undecided paragraph takes the verdict its nearest decided neighbours share. */
    private static Quality[] smooth(Quality[] quality) {
        int n = quality.length;
        Quality[] out = quality.clone();
        for (int i = 0; i < n; i++) {
            if (quality[i] != Quality.SHORT && quality[i] != Quality.NEAR_GOOD) continue;
            Quality before = neighbour(quality, i, -1);
            Quality after = neighbour(quality, i, +1);
            boolean goodBefore = before == Quality.GOOD;
            boolean goodAfter = after == Quality.GOOD;
            if (quality[i] == Quality.NEAR_GOOD) {
                out[i] = goodBefore || goodAfter ? Quality.GOOD : Quality.BAD;
            } else {
                out[i] = goodBefore && goodAfter ? Quality.GOOD : Quality.BAD;
            }
        }
        return out;
    }

    private static Quality neighbour(Quality[] quality, int i, int step) {
        for (int j = i + step; j >= 0 && j < quality.length; j += step) {
            if (quality[j] == Quality.GOOD) return Quality.GOOD;
            if (quality[j] == Quality.BAD || quality[j] == Quality.HARD_BAD) return Quality.BAD;
        }
        return Quality.BAD;
    }

    /**
     * The run of paragraphs with the greatest weight of prose (a maximum-sum segment): prose counts for it by
     * its length, furniture against it, so a few stray lines inside an article do not split it while a band of
     * furniture does.
     */
    private static int[] mainBlock(List<Features> paragraphs, Quality[] quality) {
        // Items: single good paragraphs, and whole runs of other paragraphs, whose cost grows with their length
        // because a band of several non-prose lines is how pages separate the article from what follows.
        List<int[]> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int i = 0;
        while (i < quality.length) {
            if (quality[i] == Quality.GOOD) {
                items.add(new int[] {i, i});
                weights.add(weight(paragraphs.get(i), quality[i]));
                i++;
                continue;
            }
            int j = i;
            double cost = 0;
            while (j < quality.length && quality[j] != Quality.GOOD) cost += weight(paragraphs.get(j), quality[j++]);
            int run = j - i;
            items.add(new int[] {i, j - 1});
            weights.add(cost * (1 + (run - 1) * P("rf", 0.5)));
            i = j;
        }
        int bestStart = 0;
        int bestEnd = -1;
        double best = 0;
        double sum = 0;
        int start = 0;
        for (int k = 0; k < items.size(); k++) {
            double w = weights.get(k);
            if (sum <= 0) {
                sum = w;
                start = k;
            } else {
                sum += w;
            }
            if (sum > best) {
                best = sum;
                bestStart = items.get(start)[0];
                bestEnd = items.get(k)[1];
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    private static double weight(Features f, Quality q) {
        return switch (q) {
            case GOOD -> P("g0", 1) + Math.min(f.words(), 100) / P("gd", 25);
            case NEAR_GOOD -> P("ng", 0.5);
            case SHORT -> -P("sh", 0.2);
            case BAD -> -P("bad", 1);
            case HARD_BAD -> -P("hb", 1.5);
        };
    }

    /**
     * A wholly bold first paragraph of the reading view is the lede; short bold or unpunctuated lines between
     * body paragraphs are crossheads.
     */
    private static void markLedeAndCrossheads(List<Features> paragraphs, Role[] roles) {
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) if (roles[i] == Role.BODY) body.add(i);
        if (body.isEmpty()) return;
        int first = body.get(0);
        roles[first] = Role.LEDE;
        for (int k = 1; k < body.size() - 1; k++) {
            Features f = paragraphs.get(body.get(k));
            boolean headingLike = f.words() <= 12 && !f.sentenceEnd() && f.sentences() == 0
                    && (f.wholeBold() || f.words() <= 8);
            if (headingLike) roles[body.get(k)] = Role.CROSSHEAD;
        }
    }
}
