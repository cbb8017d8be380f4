package io.broadsheet.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives every paragraph of a page one {@link Role}, reading the page the way an editor does: find the main block
 * of running prose, then name what stands around it.
 *
 * <p>Credits, bylines, datelines, captions (picture credits, numbered figure labels, "(left)" after a name, a
 * picture with a line that is not a sentence), empty lines and furniture the whole archive repeats are told by
 * their form first. Every other paragraph is judged as
 * jusText does: long text with the language's share of stop words is prose, link lists and furniture vocabulary are
 * not, short lines are undecided and take the verdict of their neighbours. The main block is the run of paragraphs
 * with the greatest weight of prose, a band of furniture counting more against it than scattered lines. A logistic
 * model weighs the paragraph's own measures, its neighbours' and its place relative to the main block ({@link
 * Signals}); paragraphs with high enough odds are candidates for the reading view. Then the article's span is found
 * the way an editor finds it: from both ends inwards, candidates scoring far below the page's typical candidate, and
 * bare short lines, are peeled off until a paragraph that reads like the article is met, and so are weak groups of
 * paragraphs set apart from its end by lines outside it; and once most of the article has been read, a credit, date
 * line, self-naming furniture line or author note closes it. Last, what the site says in its own voice is told apart
 * even when written as prose: a paragraph turning to the reader, selling them the next story or introducing the
 * author after the article, or a run of headlines (teasers of other stories), ends it; a notice to the reader before
 * it (an affiliate disclosure, a browser warning) is not its lede; and a line that opens by pointing elsewhere
 * ("Read also: ...", "See also", "Tags:") is not part of it wherever it stands, nor is a short sign-up, membership
 * or donation box set between its paragraphs, nor what is not prose at all: a link as long as a sentence, a button
 * of a few linked words, an address block, another page's excerpt above its "read more" link or cut off with "[…]".
 */
public final class Classifier {
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(?:by|von|par|por|di|door|przez|text(?:e)?:|autor(?:in|a)?:|author:|written by|texto:|"
            + "testo di|tekst:)\\s*\\p{Lu}.*");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^[(\\[]?(?:\\p{L}*fotos?|photos?|\\p{L}*bild(?:er)?|image|picture|credit|crédits?|quelle|source|fonte|fuente|"
            + "fot\\.|zdjęcie|zdjęcia|grafik|illustration|video)\\s*(?::|©|/)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?iu)(?:[(\\[|]\\s*(?:fotos?|photos?|bild|image|picture|credit|foto)\\s*[:/©]|getty images|shutterstock|"
            + "(?<=[\\p{L} .])(?:bild|foto|photo)s?: ?\\S|"
            + "\\bap photo\\b|/ ?reuters\\b|/ ?afp\\b|/ ?dpa\\b|\\bphoto: |"
            + "istock|adobe ?stock|picture[- ]alliance|unsplash|pixabay|fotolia|bildquelle|bildnachweis|"
            + "crédits? photos?|/ ?\\(c\\) ?\\p{L})");
    /*
     * Only ever asked whether it occurs, so "Pressebild: …" and " Foto: …" are sought as "bild: …" or "foto: …"
     * after a letter, space or dot: an alternative opening with any letter, or a space, would be tried at nearly
     * every position of the text.
     */
    private static final FoldedPattern CAPTION = FoldedPattern.of(CAPTION_CREDIT);
    /**
     * A figure's or table's numbered label opening a line, "Abbildung 4:", "Fig. 2.", "Tabela 1 –": how reports,
     * papers and explainers caption their pictures and tables, in the supported languages. Prose that refers to a
     * figure ("Figure 3 shows ...") does not follow the number with a colon, full stop or dash.
     */
    private static final Pattern FIGURE_LABEL = Pattern.compile(
            "(?iu)^[^\\p{L}\\p{N}]*(?:figure|fig\\.?|table|chart|abbildung|abb\\.|bild|grafik|tabelle|"
            + "schaubild|diagramm|tableau|graphique|figura|tabla|gráfico|ilustración|tabela|ilustração|tabella|"
            + "grafico|rysunek|rys\\.|wykres|afbeelding|figuur|tabel)\\s*\\d+[a-z]?\\s*[:.\\-–—]");
    /**
     * Where someone stands in a picture, in brackets after their name: "Jane Doe (left)", "Marcell Jansen (l.)",
     * "Gaby Hagmans (rechts)", "Juan Pérez (izquierda)". Captions say it; prose about people has no picture to
     * point into. The name is matched from its first letter only and without giving letters back, so that a
     * paragraph that is one long word is read once, not once from each of its letters.
     */
    private static final Pattern PICTURE_POSITION = Pattern.compile(
            "(?<![\\p{L}.'-])\\p{Lu}[\\p{L}.'-]++\\s\\((?iu:l|r|m|li|re|links|rechts|mitte|v\\.\\s?l\\.|von links|"
            + "left|right|centre|center|from left|l-r|à gauche|à droite|au centre|izq|izquierda|der|derecha|centro|esq|"
            + "esquerda|dir|direita|a sinistra|a destra|od lewej|z lewej|z prawej)\\.?\\)");
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

    /**
     * Weights of the signals ({@link Signals#NAMES}, same order) in a logistic model of "this paragraph belongs
     * to the article". They were fitted by logistic regression on the labelled dev corpus (see
     * {@code docs/extraction.md}); being weights of generic measures, not of words or sites, they carry over to
     * pages the corpus does not hold. Private, since an array can be written to: {@link #shippedWeights} hands out
     * copies.
     */
    private static final double[] WEIGHTS = {
            -1.1228 /* bias */,
            0.0032 /* logWords */,
            1.6497 /* stopShare */,
            -1.2573 /* linkDensity */,
            1.0416 /* sentenceEnd */,
            -0.4814 /* hasSentence */,
            -0.5570 /* furnitureCue */,
            0.0000 /* wholeBold */,
            -1.8225 /* relativePosition */,
            -0.4522 /* first */,
            -1.4370 /* last */,
            4.5704 /* shareOfWords */,
            0.0253 /* prevLogWords */,
            0.0186 /* nextLogWords */,
            0.3672 /* prevStopShare */,
            -0.4425 /* nextStopShare */,
            -1.0571 /* prevCue */,
            -0.2581 /* nextCue */,
            0.0940 /* windowLogWords */,
            0.3430 /* windowLinkDensity */,
            0.4624 /* inMainBlock */,
            0.1960 /* logDistanceToBlock */,
            2.3572 /* digitShare */,
            -1.2743 /* capitalisedShare */,
            1.9810 /* firstPerson */,
            1.6145 /* repeated */,
            -0.4288 /* under5Words */,
            0.0074 /* under10Words */,
            0.5121 /* atLeast20Words */,
            0.4804 /* atLeast50Words */,
            -0.8281 /* stopShareOver25 */,
            0.3385 /* cohesion */,
            2.0988 /* cohesionKnown */,
            -0.9674 /* wePlural */,
            -0.9802 /* youAddress */,
            -1.0423 /* ellipsisEnd */,
            -0.6953 /* contact */,
            -1.2501 /* dateOrTime */,
            -0.7843 /* duplicateInPage */,
            -1.1862 /* afterBlockEnd */,
            -0.2496 /* beforeBlockStart */,
            -0.4506 /* furnitureCueAnyLength */,
            -1.2033 /* furnitureCueDensity */,
            -4.6984 /* aboutSomeone */,
            1.0722 /* anchorCohesion */,
            -0.2901 /* anchorUnrelated */,
            -1.3312 /* ellipsisNearby */,
            2.2938 /* ellipsisInRun */,
            0.1472 /* similarNeighbours */,
            -0.4891 /* afterLongest */
    };

    /**
     * Paragraphs scoring at least this log-odds are candidates for the reading view. It sits far below even odds
     * on purpose: losing a piece of the article costs a reader more than seeing a stray line of furniture, and
     * what the low bar lets in at the article's edges {@link #peelEdges} and {@link #endAtClosingLine} take out.
     * Chosen by cross-validation ({@code evaluate --cross-validate}) so that pages whose labels the weights never
     * saw keep 0.97 of their body: odds of 0.08 kept 0.977 of the dev corpus's in-sample but 0.968 held out.
     */
    private static final double KEEP_LOGIT = Math.log(0.05 / 0.95);

    /**
     * Classifies the paragraphs of one page.
     *
     * @param paragraphs what each paragraph shows, in page order
     * @param lexicon    the page's language
     * @param profile    what the whole archive shows
     * @return one role per paragraph, in the same order
     */
    public static List<Role> classify(List<Features> paragraphs, Lexicon lexicon, ArchiveProfile profile) {
        return classify(paragraphs, lexicon, profile, WEIGHTS);
    }

    /** A copy of the weights the classifier ships with, in {@link #SIGNAL_NAMES} order. */
    static double[] shippedWeights() {
        return WEIGHTS.clone();
    }

    /**
     * Classifies the paragraphs of one page with other weights for the logistic model, every rule unchanged:
     * what cross-validation needs to score the classifier with weights fitted on other pages.
     *
     * @param paragraphs what each paragraph shows, in page order
     * @param lexicon    the page's language
     * @param profile    what the whole archive shows
     * @param weights    one weight per signal, in {@link #SIGNAL_NAMES} order
     * @return one role per paragraph, in the same order
     * @throws IllegalArgumentException if there is not one weight per signal
     */
    public static List<Role> classify(List<Features> paragraphs, Lexicon lexicon, ArchiveProfile profile,
                                      double[] weights) {
        if (weights.length != Signals.NAMES.size()) {
            throw new IllegalArgumentException(
                    "expected " + Signals.NAMES.size() + " weights, got " + weights.length);
        }
        Reading reading = read(paragraphs, lexicon, profile);
        Role[] roles = reading.roles();
        boolean[] byForm = new boolean[roles.length];
        for (int i = 0; i < roles.length; i++) byForm[i] = roles[i] != null;
        double[] logits = new double[roles.length];
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != null) continue;
            Features f = paragraphs.get(i);
            logits[i] = score(reading.signals()[i], weights);
            boolean namedFurniture = f.words() <= SHORT_LINE_WORDS && FoldedPattern.FURNITURE.find(f.text());
            boolean keep = logits[i] >= KEEP_LOGIT && !namedFurniture && !isBareLink(f);
            roles[i] = keep ? Role.BODY : lineRole(f);
        }
        peelEdges(paragraphs, roles, logits);
        // Before the closing rules measure how much of the article has been read: a sign-up box between its
        // paragraphs is not part of it, and counting it moved the 80 % mark past the site's sign-off.
        boolean[] appeals = dropAppeals(paragraphs, roles);
        // After the appeals: a sign-up box taken out of the reading view sets what follows it apart as well.
        peelDetachedEnds(paragraphs, roles, logits);
        endAtClosingLine(paragraphs, roles, byForm, appeals);
        dropOpeningNotices(paragraphs, roles);
        endAtTeaserList(paragraphs, roles);
        dropPointers(paragraphs, roles);
        dropNonProse(paragraphs, roles, lexicon);
        dropExcerpts(paragraphs, roles);
        keepBoldStandfirst(paragraphs, roles);
        markLedeAndCrossheads(paragraphs, roles);
        return List.of(roles);
    }

    /**
     * Lines up to this many words are short enough that a furniture word in them ("Share this article:", "Read
     * also: ...") names what they are, and, at the edges of the article, that without sentence punctuation they
     * are labels, bylines, slogans or link lines rather than its first or last paragraph, set in bold or not.
     */
    private static final int SHORT_LINE_WORDS = 12;

    /**
     * A line of at most this many words that is all link text and not a sentence ("Share", "Print", "Next page")
     * is a button, not the article's, wherever it stands: the keep threshold, set low so that held-out pages keep
     * their body, lets such lines through between the article's paragraphs, where the edge rules do not look.
     */
    private static final int BARE_LINK_WORDS = 3;

    /** Whether a paragraph is a {@link #BARE_LINK_WORDS bare link}. */
    private static boolean isBareLink(Features f) {
        return f.words() <= BARE_LINK_WORDS && f.linkDensity() >= LINKED_SENTENCE_DENSITY && !f.sentenceEnd();
    }

    /**
     * How far below the page's typical kept paragraph (in log-odds) a paragraph at the edge of the reading view
     * may score and still be taken for the article's first or last paragraph.
     */
    private static final double EDGE_MARGIN = 3.0;

    /**
     * Trims the reading view from both ends, the way an editor finds where an article starts and stops. Scores
     * are absolute, but pages are not alike: on a page whose paragraphs score high, a teaser, author note or
     * sign-up after the article scores well above the keep threshold and yet far below the article itself.
     * So, from each end inwards, paragraphs scoring {@link #EDGE_MARGIN} below the median kept paragraph, and
     * short bare lines, leave the reading view until one that reads like the article is met. Paragraphs inside
     * the article are left alone: a weak paragraph between two strong ones is more likely the article's.
     */
    private static void peelEdges(List<Features> paragraphs, Role[] roles, double[] logits) {
        List<Integer> kept = readingView(roles);
        if (kept.isEmpty()) return;
        double floor = median(logits, kept) - EDGE_MARGIN;
        int first = 0;
        while (first < kept.size() && peel(paragraphs, roles, logits, kept.get(first), floor)) first++;
        int last = kept.size() - 1;
        while (last > first && peel(paragraphs, roles, logits, kept.get(last), floor)) last--;
    }

    /**
     * How far below the page's typical kept paragraph (in log-odds) the best paragraph of a group set apart from the
     * article's end may score and still be taken for part of it. Tighter than {@link #EDGE_MARGIN}: the lines left
     * out between them are already a sign of a new box on the page. Chosen on the dev corpus between 2 (an
     * organisation's blurb labelled as the article's leaves) and 3 (nothing changes).
     */
    private static final double DETACHED_MARGIN = 2.5;

    /**
     * After the article, pages set boxes of their own (a note on the author, a blurb about the site, the next
     * story's teaser) apart from it by lines that are not prose: a share button, a heading, a picture. So, from the
     * end inwards, a group of consecutive reading-view paragraphs that begins after {@link #CLOSING_SHARE} of the
     * reading view has been read, is set apart from what precedes it by a paragraph outside the reading view and
     * has no paragraph scoring within {@link #DETACHED_MARGIN} of the median kept paragraph leaves the reading
     * view; the first group that reads like the article stops the peeling. Groups joined to the article are left
     * to {@link #peelEdges}, which peels them one paragraph at a time with a wider margin.
     */
    static void peelDetachedEnds(List<Features> paragraphs, Role[] roles, double[] logits) {
        List<Integer> kept = readingView(roles);
        int total = words(paragraphs, kept);
        if (kept.isEmpty()) return;
        double floor = median(logits, kept) - DETACHED_MARGIN;
        // Each group's first position in the kept list; a group ends where the page has a paragraph left out.
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) if (k == 0 || kept.get(k) > kept.get(k - 1) + 1) starts.add(k);
        int[] readBefore = new int[kept.size() + 1];
        for (int k = 0; k < kept.size(); k++) readBefore[k + 1] = readBefore[k] + paragraphs.get(kept.get(k)).words();
        int end = kept.size();
        for (int g = starts.size() - 1; g > 0; g--) {
            int start = starts.get(g);
            if (readBefore[start] < CLOSING_SHARE * total) return;
            for (int k = start; k < end; k++) if (logits[kept.get(k)] >= floor) return;
            for (int k = start; k < end; k++) roles[kept.get(k)] = lineRole(paragraphs.get(kept.get(k)));
            end = start;
        }
    }

    /** The positions of the paragraphs now in the reading view, in page order. */
    private static List<Integer> readingView(Role[] roles) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) if (roles[i] == Role.BODY) kept.add(i);
        return kept;
    }

    /** The typical score of the paragraphs at these positions, not pulled down by the few weak ones at the edges. */
    private static double median(double[] logits, List<Integer> positions) {
        double[] sorted = positions.stream().mapToDouble(i -> logits[i]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static int words(List<Features> paragraphs, List<Integer> positions) {
        int total = 0;
        for (int i : positions) total += paragraphs.get(i).words();
        return total;
    }

    /** Share of the reading view's words after which a closing line ends the article. */
    private static final double CLOSING_SHARE = 0.8;

    /**
     * Share of the reading view's words after which a sign-off set apart from the paragraph before it by a line
     * outside the reading view ends the article. On the dev corpus any share from 0.15 to 0.7 gives the same result.
     */
    private static final double SET_APART_SIGN_OFF_SHARE = 0.5;

    /**
     * Once most of the article has been read, a credit line, a date line, a line of the site's own furniture
     * that names itself ("Share", "Comments", "Newsletter") or a note about the author left out of the reading
     * view closes it: what follows is the site's, not the article's, even where it is prose. The condition on the words read keeps a credit under a photo early in the article
     * from cutting it short. An appeal {@link #dropAppeals} took out signs off as it would have in the reading
     * view, and a sign-off set apart from the paragraph before it by a line outside the reading view needs only
     * {@link #SET_APART_SIGN_OFF_SHARE} of the article read.
     */
    private static void endAtClosingLine(List<Features> paragraphs, Role[] roles, boolean[] byForm,
                                         boolean[] appeals) {
        int total = 0;
        for (int i = 0; i < roles.length; i++) if (roles[i] == Role.BODY) total += paragraphs.get(i).words();
        int read = 0;
        for (int i = 0; i < roles.length; i++) {
            Features f = paragraphs.get(i);
            // A sign-off the page sets apart from what precedes it by a line outside the reading view opens a box
            // of its own: that gap is evidence enough that the article has ended once half of it has been read.
            boolean setApart = i > 0 && roles[i - 1] != Role.BODY;
            double share = setApart ? SET_APART_SIGN_OFF_SHARE : CLOSING_SHARE;
            // Words read first: most paragraphs come before the share, and what a sign-off says costs more to ask.
            if ((roles[i] == Role.BODY || appeals[i]) && read >= share * total && signsOff(f)) {
                for (int j = i; j < roles.length; j++) {
                    if (roles[j] == Role.BODY) roles[j] = lineRole(paragraphs.get(j));
                }
                return;
            }
            if (roles[i] == Role.BODY) read += f.words();
            if (read >= CLOSING_SHARE * total && closes(f, roles[i], byForm[i])) {
                for (int j = i + 1; j < roles.length; j++) {
                    if (roles[j] == Role.BODY) roles[j] = lineRole(paragraphs.get(j));
                }
                return;
            }
        }
    }

    /** Longest line taken for a headline in a list of teasers. */
    private static final int HEADLINE_WORDS = 20;

    /** How many headlines in a row make a list of teasers rather than the article's crossheads. */
    private static final int TEASER_RUN = 4;

    /** A line opening with a number (a step, an amount) is an item of the article's own list. */
    private static final Pattern OPENS_WITH_NUMBER = Pattern.compile("\\s*\\p{N}");

    /**
     * After an article, sites list their other stories: headline after headline, each a short line that does not
     * end like a sentence. An article's crossheads come one at a time between paragraphs of prose, so, once most
     * of the article has been read, {@link #TEASER_RUN} such lines in a row in the reading view start the list
     * and end the article. Lines opening with a quotation mark, dash or number are left out of the count: they
     * are quoted posts, ingredients and steps, the article's own lists.
     */
    private static void endAtTeaserList(List<Features> paragraphs, Role[] roles) {
        List<Integer> kept = readingView(roles);
        int total = words(paragraphs, kept);
        int read = 0;
        for (int k = 0; k < kept.size(); k++) {
            if (read >= CLOSING_SHARE * total && k + TEASER_RUN <= kept.size()) {
                boolean run = true;
                for (int m = k; m < k + TEASER_RUN && run; m++) run = headlineLike(paragraphs.get(kept.get(m)));
                if (run) {
                    for (int m = k; m < kept.size(); m++) roles[kept.get(m)] = lineRole(paragraphs.get(kept.get(m)));
                    return;
                }
            }
            read += paragraphs.get(kept.get(k)).words();
        }
    }

    private static boolean headlineLike(Features f) {
        return f.words() <= HEADLINE_WORDS && !f.sentenceEnd() && !QUOTED.matcher(f.text()).lookingAt()
                && !OPENS_WITH_NUMBER.matcher(f.text()).lookingAt();
    }

    /** Longest line taken for a pointer to other content that opens with a furniture word: a label and a headline. */
    private static final int POINTER_WORDS = 30;

    /** Longest line taken for a pointer that opens with a label of its own ({@link Lexicon#POINTER}): a list of them. */
    private static final int LABELLED_POINTER_WORDS = 60;

    /**
     * A file's size set off by a bracket or bar, "(123 KB)", "PDF | 38 KB |": how a download link names its file.
     * Prose that gives a size ("the app takes 150 MB") does not bracket it.
     */
    private static final Pattern FILE_SIZE = Pattern.compile(
            "(?iu)[(\\[|]\\s*(?:pdf|docx?|xlsx?|pptx?|zip|mp3|epub)?[,\\s]*\\d+(?:[.,]\\d+)?\\s?"
            + "(?:kb|mb|kib|mib|gb)\\b");

    /**
     * A line that opens with a furniture phrase ("Read also:", "Leggi anche:", "Sign up to ...") and is no longer
     * than a label and a headline points away from the article, wherever it stands: sites set such lines between
     * the article's paragraphs, where neither the edges nor the closing rules reach. So does a line opening with a
     * label that only such lines open with ("See also", "Tags:"), even when a list of headlines follows it, and a
     * short line naming a file's size ({@link #FILE_SIZE}), a download link. Lines opening with a quotation mark are
     * someone speaking.
     */
    private static void dropPointers(List<Features> paragraphs, Role[] roles) {
        for (int i = 0; i < roles.length; i++) {
            Features f = paragraphs.get(i);
            if (roles[i] != Role.BODY || QUOTED.matcher(f.text()).lookingAt()) continue;
            int[] cue = f.words() <= POINTER_WORDS
                    ? FoldedPattern.FURNITURE.first(f.text(), FoldedPattern.lower(f.text())) : null;
            boolean furnitureFirst = cue != null && Features.countWords(f.text().substring(0, cue[0])) == 0;
            boolean labelled = f.words() <= LABELLED_POINTER_WORDS && Lexicon.POINTER.matcher(f.text()).lookingAt();
            boolean download = f.words() <= POINTER_WORDS && FILE_SIZE.matcher(f.text()).find();
            if (furnitureFirst || labelled || download) roles[i] = lineRole(f);
        }
    }

    /**
     * A line that says nothing but "read more", in the supported languages: the link under an excerpt of another
     * page. Only the whole line counts; "more" inside a sentence is prose.
     */
    private static final Pattern READ_MORE = Pattern.compile(
            "(?iu)^[^\\p{L}\\p{N}]*(?:read more|read the rest|continue reading|keep reading|more|weiterlesen|mehr|"
            + "mehr lesen|mehr erfahren|zum artikel|lire la suite|la suite|en savoir plus|leer más|seguir leyendo|"
            + "leia mais|continuar lendo|continue lendo|leggi (?:di più|tutto)|continua a leggere|czytaj więcej|"
            + "czytaj dalej|więcej)[^\\p{L}\\p{N}]*$");

    /** The longest of the {@link #READ_MORE} phrases, in words; longer lines are not asked. */
    private static final int READ_MORE_WORDS = 3;

    /**
     * An elision in brackets closing a paragraph, "[…]" or "[...]": where blog software cuts another post's
     * opening short to show it as an excerpt. An article elides inside a quotation, not at the end of its own
     * paragraph.
     */
    private static final Pattern CUT_OFF = Pattern.compile("\\[\\s*(?:…|\\.\\.\\.)\\s*]$");

    /**
     * Listing pages and the boxes after an article show other pages' openings, each followed by its "read more"
     * link on a line of its own ({@link #READ_MORE}) or cut off with an elision in brackets ({@link #CUT_OFF}).
     * Such an excerpt, a sentence or more of another page's text, leaves the reading view, with the link line,
     * wherever it stands but first: a page that shows its own article's opening and a "read more" behind which the
     * rest is locked has nothing else to show. A line without a sentence's end above the link ("(via Example)") is
     * the close of a post shown whole, not an excerpt.
     */
    private static void dropExcerpts(List<Features> paragraphs, Role[] roles) {
        boolean opened = false;
        for (int i = 0; i < roles.length; i++) {
            boolean first = !opened;
            if (roles[i] == Role.BODY) opened = true;
            Features f = paragraphs.get(i);
            if (first) continue;
            if (roles[i] == Role.BODY && CUT_OFF.matcher(f.text()).find()) roles[i] = lineRole(f);
            if (i + 1 == roles.length || !f.sentenceEnd()) continue;
            Features next = paragraphs.get(i + 1);
            if (next.words() > READ_MORE_WORDS || !READ_MORE.matcher(next.text()).matches()) continue;
            if (roles[i] == Role.BODY) roles[i] = lineRole(f);
            if (roles[i + 1] == Role.BODY) roles[i + 1] = lineRole(next);
        }
    }

    /** Shortest line whose link text alone makes it a link rather than a short line of prose with a link in it. */
    private static final int LINKED_SENTENCE_WORDS = 10;

    /** Share of link text from which a paragraph is a link (a teaser's headline, a list of links), not prose. */
    private static final double LINKED_SENTENCE_DENSITY = 0.8;

    /**
     * Below this share of stop words a paragraph is a list of names and numbers, not a sentence: what an address
     * block is and what a sentence giving a phone number ("call Jane Doe on 555 ...") is not.
     */
    private static final double LETTERHEAD_STOP_SHARE = 0.15;

    /**
     * Longest address block: a name, a street, a town and two or three numbers. A travel guide's list of offices
     * and their numbers is longer, and is the article.
     */
    private static final int LETTERHEAD_WORDS = 40;

    /** A phone or fax number given under its label: "Tel.: +49 ...", "Fon 07 11/...", "Telefax: ...". */
    private static final Pattern LABELLED_PHONE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:tel|telefon|telephone|phone|fon|fax|telefax|tél|teléfono|telefone|telefono|tfno)"
            + "\\.?\\s*:?\\s*\\+?\\(?\\d");

    /**
     * What is not prose at all leaves the reading view wherever it stands, whatever its score: a sentence-long
     * paragraph that is nearly all link text is a link to another page (a teaser's headline, a list of links),
     * which an article's prose, linking a few words, never is; and a paragraph that gives a labelled phone
     * number without the stop words of a sentence is a letterhead (a name, a street, a town, numbers), the
     * site's or an organisation's address block, not the article telling the reader whom to call.
     */
    private static void dropNonProse(List<Features> paragraphs, Role[] roles, Lexicon lexicon) {
        for (int i = 0; i < roles.length; i++) {
            Features f = paragraphs.get(i);
            if (roles[i] != Role.BODY) continue;
            boolean link = f.words() >= LINKED_SENTENCE_WORDS && f.linkDensity() >= LINKED_SENTENCE_DENSITY;
            boolean letterhead = f.words() <= LETTERHEAD_WORDS && LABELLED_PHONE.matcher(f.text()).find()
                    && f.stopwordShare(lexicon) < LETTERHEAD_STOP_SHARE;
            if (link || letterhead) roles[i] = lineRole(f);
        }
    }

    /**
     * Longest paragraph {@link #dropAppeals} takes out: a sign-up or donation box, not a story that mentions one.
     * A donation appeal argues its case in a few sentences, and consent lines under a sign-up form and affiliate
     * disclosures are legal text, longer than the sign-offs {@link #signsOff} hears.
     */
    private static final int APPEAL_WORDS = 100;

    /**
     * A short paragraph holding one of the site's own offers or requests ({@link Lexicon#APPEAL}: "enter your
     * email", "Werden Sie Mitglied", "Ihr Beitrag hilft", "zobacz oferty") leaves the reading view wherever it
     * stands: sites set sign-up, membership and donation boxes between the article's paragraphs, where the rules
     * for the article's edges do not reach them. Lines opening with a quotation mark are someone speaking. Says
     * which paragraphs it took out.
     */
    private static boolean[] dropAppeals(List<Features> paragraphs, Role[] roles) {
        boolean[] dropped = new boolean[roles.length];
        for (int i = 0; i < roles.length; i++) {
            Features f = paragraphs.get(i);
            if (roles[i] == Role.BODY && f.words() <= APPEAL_WORDS && !QUOTED.matcher(f.text()).lookingAt()
                    && FoldedPattern.APPEAL.find(f.text())) {
                roles[i] = lineRole(f);
                dropped[i] = true;
            }
        }
        return dropped;
    }

    /** Notices are short; a longer paragraph addressing the reader at the top of the page is a blog's lede. */
    private static final int NOTICE_WORDS = 60;

    /**
     * Before the article starts, a site speaks to its reader the same way it does after it ends: affiliate
     * disclosures, browser notices, sign-up offers. Such a paragraph of at most {@link #NOTICE_WORDS} words among
     * the first of the reading view, before a fifth of it has been read, is the site's, not the article's; only
     * it leaves, since what follows is the story.
     */
    private static void dropOpeningNotices(List<Features> paragraphs, Role[] roles) {
        int total = 0;
        for (int i = 0; i < roles.length; i++) if (roles[i] == Role.BODY) total += paragraphs.get(i).words();
        int read = 0;
        for (int i = 0; i < roles.length && read < (1 - CLOSING_SHARE) * total; i++) {
            if (roles[i] != Role.BODY) continue;
            Features f = paragraphs.get(i);
            if (f.words() <= NOTICE_WORDS && !QUOTED.matcher(f.text()).lookingAt()
                    && FoldedPattern.READER_PITCH.find(f.text())) {
                roles[i] = lineRole(f);
            } else {
                read += f.words();
            }
        }
    }

    /** Whether a line left out of the reading view closes the article, once enough of it has been read. */
    private static boolean closes(Features f, Role role, boolean byForm) {
        return byForm ? role == Role.ATTRIBUTION || role == Role.DATELINE
                || role == Role.FURNITURE && FoldedPattern.FURNITURE.find(f.text())
                : role != Role.BODY && FoldedPattern.ABOUT.find(f.text());
    }

    /** Longest paragraph that {@link #signsOff} considers: sign-offs are short; a long paragraph is the story's. */
    private static final int SIGN_OFF_WORDS = 80;

    /** A note on the author says what they are within its first few words ("Jane Doe is a reporter ..."). */
    private static final int BIO_OPENING_WORDS = 6;

    /**
     * A paragraph opening with a quotation mark or a dash is someone speaking or a quoted post, not the site
     * signing off.
     */
    private static final Pattern QUOTED = Pattern.compile("\\s*[\"„“”«»‚‘’'\\-–—]");

    /** "Ich bin", "I am": a speaker or narrator talking about themselves is as often the story as a bio. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)\\b(?:ich|i|bin)\\b");

    /**
     * Whether a paragraph the model kept is the site signing off rather than the story going on: it turns to the
     * reader to sign them up, ask for support or send them elsewhere ({@link Lexicon#READER_PITCH}), it sells the
     * reader the next story ({@link Lexicon#TEASER}), or it opens by saying who the author is and what they do
     * ({@link Lexicon#ABOUT}).
     */
    private static boolean signsOff(Features f) {
        if (f.words() > SIGN_OFF_WORDS || QUOTED.matcher(f.text()).lookingAt()) return false;
        String lowered = FoldedPattern.lower(f.text());
        if (FoldedPattern.READER_PITCH.find(f.text(), lowered) || FoldedPattern.TEASER.find(f.text(), lowered)) {
            return true;
        }
        int[] about = FoldedPattern.ABOUT.first(f.text(), lowered);
        return about != null && !FIRST_PERSON.matcher(f.text().substring(about[0], about[1])).find()
                && Features.countWords(f.text().substring(0, about[0])) <= BIO_OPENING_WORDS;
    }

    /** Takes an edge paragraph out of the reading view if it does not read like the article; says whether. */
    private static boolean peel(List<Features> paragraphs, Role[] roles, double[] logits, int i, double floor) {
        if (roles[i] != Role.BODY) return true;
        Features f = paragraphs.get(i);
        boolean bareLine = f.words() <= SHORT_LINE_WORDS && !f.sentenceEnd();
        if (logits[i] >= floor && !bareLine) return false;
        roles[i] = lineRole(f);
        return true;
    }

    /**
     * A wholly bold paragraph of prose right before the article is its standfirst, whatever the other signals
     * say: setting the lede in bold is how news pages mark it.
     */
    private static void keepBoldStandfirst(List<Features> paragraphs, Role[] roles) {
        for (int i = 0; i + 1 < roles.length; i++) {
            if (roles[i] == Role.BODY) return;
            Features f = paragraphs.get(i);
            if (roles[i] == Role.FURNITURE && f.wholeBold() && f.words() >= 15 && f.linkDensity() < 0.3
                    && roles[i + 1] == Role.BODY) {
                roles[i] = Role.BODY;
                return;
            }
        }
    }

    /**
     * Paragraphs the archive shows in more dumps than this page's own text: a site's furniture. A page with
     * copies in the archive has its article repeated as often as it has copies, so only what repeats more often
     * than that counts. How often the article repeats is read off its anchor, its longest paragraph
     * ({@link ArchiveProfile.PageCounts}), not off its rarest one: two scrapes of one page seldom match line for
     * line, and one line of its own (an update note, a comment) would otherwise make the whole article look like
     * furniture.
     */
    private static boolean[] repeatedFurniture(ArchiveProfile.PageCounts page) {
        int[] counts = page.counts();
        int copies = page.anchor() < 0 ? 1 : counts[page.anchor()];
        boolean[] furniture = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) furniture[i] = counts[i] > Math.max(1, copies);
        return furniture;
    }

    /**
     * The signals the classifier weighs for each paragraph, in {@link #SIGNAL_NAMES} order, or {@code null} for
     * a paragraph whose role its form alone decides (credits, bylines, empty lines, site furniture). This is
     * what the weights are fitted on; see {@code tools/fit_weights.py}.
     */
    public static List<double[]> signals(List<Features> paragraphs, Lexicon lexicon, ArchiveProfile profile) {
        Reading reading = read(paragraphs, lexicon, profile);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(reading.roles()[i] == null ? reading.signals()[i].clone() : null);
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Names of the signals, in the order of {@link #signals}. */
    public static final List<String> SIGNAL_NAMES = Signals.NAMES;

    /** Roles decided by form alone (null elsewhere) and every paragraph's signals. */
    private record Reading(Role[] roles, double[][] signals) {}

    private static Reading read(List<Features> paragraphs, Lexicon lexicon, ArchiveProfile profile) {
        int n = paragraphs.size();
        Role[] roles = new Role[n];
        Quality[] quality = new Quality[n];
        // Each count costs a normalisation and a digest, so it is taken once per paragraph. Counts are compared
        // only with 0, 1 and the anchor's count: incremental builds key a dump's conversion on those comparisons
        // alone (ArchiveProfile.digestFor), so that adding a dump to a site does not convert the site's dumps again.
        ArchiveProfile.PageCounts page = profile.counts(paragraphs);
        int[] counts = page.counts();
        boolean[] furnitureOfSite = repeatedFurniture(page);
        // The judgement and the signals both weigh the share of stop words, so it is taken once.
        double[] stop = new double[n];
        for (int i = 0; i < n; i++) {
            Features f = paragraphs.get(i);
            stop[i] = f.stopwordShare(lexicon);
            roles[i] = specialRole(f);
            if (roles[i] == null && furnitureOfSite[i]) roles[i] = Role.FURNITURE;
            quality[i] = roles[i] != null || counts[i] > 1 ? Quality.HARD_BAD : judge(f, stop[i]);
        }
        int[] block = mainBlock(paragraphs, smooth(quality));
        return new Reading(roles, Signals.vectors(paragraphs, lexicon, stop, counts, block));
    }

    /** Longest numbered caption: a figure's label and a few sentences saying what it shows. */
    private static final int FIGURE_CAPTION_WORDS = 60;

    /** Credits, bylines and captions are told by their form, wherever they stand. */
    private static Role specialRole(Features f) {
        String t = f.text();
        if (f.words() == 0) return Role.FURNITURE;
        boolean creditSized = f.words() <= 40 || f.words() <= 80 && t.contains("©");
        if (creditSized && FoldedPattern.CREDIT.find(t)) return Role.ATTRIBUTION;
        if (f.words() <= 12 && (PHOTO_CREDIT.matcher(t).find() || AGENCY.matcher(t).matches())) {
            return Role.ATTRIBUTION;
        }
        // Every paragraph of the archive is asked, so the bracket is looked for before the pattern is tried.
        if (f.words() <= 40 && (CAPTION.find(t) || t.indexOf('(') >= 0 && PICTURE_POSITION.matcher(t).find())) {
            return Role.CAPTION;
        }
        if (f.words() <= FIGURE_CAPTION_WORDS && FIGURE_LABEL.matcher(t).lookingAt()) return Role.CAPTION;
        // A picture with a line under it that is not a sentence: its caption or credit, or a teaser's card. Prose
        // set beside a picture ends like a sentence.
        if (f.picture() && f.words() <= 40 && !f.sentenceEnd()) return Role.CAPTION;
        if (f.words() <= 10 && BYLINE.matcher(t).matches() && !f.sentenceEnd()) return Role.BYLINE;
        if (f.words() <= 6 && DATE.matcher(t).find()) return Role.DATELINE;
        return null;
    }

    /** Roles for lines that stay out of the reading view and are not credits. */
    private static Role lineRole(Features f) {
        if (f.words() <= 12 && DATE.matcher(f.text()).find()) return Role.DATELINE;
        return Role.FURNITURE;
    }

    private static Quality judge(Features f, double stop) {
        if (f.linkDensity() > 0.5) return Quality.HARD_BAD;
        if (f.words() < 25 && FoldedPattern.FURNITURE.find(f.text())) return Quality.HARD_BAD;
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
            weights.add(cost * (1 + (run - 1) * 0.5));
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

    private static double score(double[] signals, double[] weights) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) sum += weights[k] * signals[k];
        return sum;
    }

    private static double weight(Features f, Quality q) {
        return switch (q) {
            case GOOD -> 1 + Math.min(f.words(), 100) / 25.0;
            case NEAR_GOOD -> 0.5;
            case SHORT -> -0.2;
            case BAD -> -1;
            case HARD_BAD -> -1.5;
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
