package io.broadsheet.article;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a language uses for its running prose and for page furniture. Stop words tell prose from lists of
 * names and headlines (jusText's main insight); furniture cues name what a promo, sign-up or navigation line is.
 *
 * @param language  BCP 47 tag
 * @param stopwords lowercase function words
 */
public record Lexicon(String language, Set<String> stopwords) {
    public Lexicon {
        stopwords = Set.copyOf(stopwords);
    }

    /** Whether the lowercase word is a stop word of this language. */
    public boolean isStopword(String lowercaseWord) {
        return stopwords.contains(lowercaseWord);
    }

    private static final Map<String, Lexicon> BY_LANGUAGE = Map.of(
            "en", of("en", "the a an and or but of to in on at for with by from as is are was were be been being "
                    + "has have had do does did that this these those it its he she they we you i his her their our "
                    + "your not no if than then there which who whom what when where while would will can could "
                    + "should may might must also about after before into over under up out more most some any all "
                    + "said says so just only very such other new because how him them us me my"),
            "de", of("de", "der die das den dem des ein eine einer eines einem einen und oder aber auch in im ist "
                    + "sind war waren wird werden wurde wurden hat haben hatte hatten mit von zu zum zur auf für "
                    + "an am als bei nach aus nicht noch nur so wie dass sich sie er es wir ihr ich man sein seine "
                    + "ihre ihren ihrem diese dieser dieses diesem durch über unter um vor bis wenn weil schon mehr "
                    + "sehr doch kann können soll sollen muss müssen dann da wo was wer denn ob ins vom beim "
                    + "keine kein einem worden sei gibt"),
            "fr", of("fr", "le la les un une des du de d l et ou mais en dans sur pour par avec sans est sont était "
                    + "étaient sera a ont avait ce cette ces qui que qu ne pas plus il elle ils elles nous vous je "
                    + "on se sa son ses leur leurs au aux comme aussi tout tous été être avoir fait entre après "
                    + "avant lors dont où si même très"),
            "es", of("es", "el la los las un una unos unas y o pero de del al en con por para sin sobre es son "
                    + "fue fueron era ha han había que quien cual no más se su sus le les lo como también muy "
                    + "este esta estos estas ese esa entre desde hasta cuando donde ya porque si ser está están "
                    + "hay dijo todo todos"),
            "pt", of("pt", "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para "
                    + "sem sobre é são foi foram era tem têm que quem não mais se seu sua seus suas lhe como "
                    + "também muito este esta isso esse essa entre desde até quando onde já porque ser está pelo "
                    + "pela ao aos"),
            "it", of("it", "il lo la i gli le un uno una e o ma di del della dei delle a al alla in nel nella con "
                    + "per tra fra su sul sulla è sono era erano ha hanno che chi non più si suo sua suoi sue "
                    + "come anche molto questo questa quello quella dove quando perché se essere stato stata "
                    + "dal dalla degli ai agli"),
            "pl", of("pl", "i w z na do nie się jest to że o a od po przez dla jak ale lub oraz czy by był była "
                    + "było były są jego jej ich ten ta te tego tej który która które tym także już tylko może "
                    + "przy pod nad za co jako bardzo został została będzie ze we"),
            "nl", of("nl", "de het een en of maar van in op te met voor door bij aan uit over als is zijn was waren "
                    + "wordt werd heeft hebben had dat die dit deze er niet geen ook nog wel naar om tot zo hij "
                    + "zij ze wij we je u ik hun haar zijn men kan kunnen zal zou"));

    private static Lexicon of(String language, String words) {
        return new Lexicon(language, Set.copyOf(List.of(words.split(" "))));
    }

    /** The languages with a lexicon, in a fixed order. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "pl", "nl");

    /** The lexicon of a language, or English when the language has none. */
    public static Lexicon forLanguage(String language) {
        String lower = language.toLowerCase(java.util.Locale.ROOT);
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        return BY_LANGUAGE.getOrDefault(primary, BY_LANGUAGE.get("en"));
    }

    /**
     * Words and phrases of page furniture in the supported languages: sign-ups, sharing, navigation, comments,
     * cookie and ad notices, teasers of other articles. Matched case-insensitively on word boundaries.
     */
    public static final Pattern FURNITURE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:"
            // English
            + "subscribe|subscription|newsletters?|sign[ -]?up|sign[ -]?in|log ?in|log ?out|register|follow us|"
            + "share (?:this|on)|read (?:more|also|next)|related (?:articles?|stories|posts?|content)|"
            + "more (?:from|on|stories)|recommended|advertisement|advertising|sponsored|cookies?|privacy policy|"
            + "terms of (?:use|service)|click here|comments?|reply|leave a|your email|email address|"
            + "all rights|explore further|download (?:the|our) app|contact us|affiliate|notifications?|"
            + "you (?:may|might) (?:also )?like|don't miss|trending|most (?:read|popular)|podcasts?|"
            + "affiliate links?|amazon associates?|earns? (?:a )?(?:commission|revenue)|donate|donation|"
            + "our (?:newsroom|journalism|reporters|editors|website|site)|download|"
            + "youtube|facebook|twitter|instagram|whatsapp|telegram|tiktok|linkedin|pinterest|"
            // German
            + "abonnieren|abonniere|abo|anmelden|anmeldung|einloggen|eingeloggt|registrieren|newsletter|"
            + "teilen|geteilt|lesen sie (?:auch|mehr)|weiterlesen|mehr zum thema|auch interessant|"
            + "das könnte (?:dich|sie) auch interessieren|interessieren|werbung|anzeige|datenschutz|"
            + "datenschutzerklärung|impressum|kontakt|kommentare?|kommentieren|antworten|e-mail-adresse|"
            + "benachrichtigungen?|neueste beiträge|neue beiträge|ähnliche beiträge|aktuelles|mehr erfahren|"
            + "jetzt (?:lesen|anmelden|abonnieren|bestellen|kaufen)|folgen sie|gefällt|lesen sie hier|"
            + "beitrag teilen|provision|partnerlinks?|werbelinks?|affiliate-links?|spenden?|unterstützen sie|"
            + "unsere redaktion|"
            // French
            + "abonnez-vous|abonnement|s'abonner|inscrivez-vous|connectez-vous|se connecter|partager|"
            + "lire aussi|lire la suite|à lire aussi|à découvrir|voir aussi|publicité|commentaires?|"
            + "suivez-nous|mentions légales|"
            // Spanish
            + "suscríbete|suscribirse|suscripción|regístrate|iniciar sesión|compartir|lea también|lea más|"
            + "leer más|lee también|te puede interesar|le puede interesar|publicidad|comentarios?|síguenos|"
            + "hazte miembro|nuestra redacción|canal de youtube|"
            // Portuguese
            + "assine|assinatura|inscreva-se|cadastre-se|entrar|compartilhe|compartilhar|leia também|"
            + "leia mais|publicidade|comentários?|siga-nos|nossa redação|"
            // Italian
            + "iscriviti|abbonati|abbonamento|accedi|condividi|leggi anche|leggi di più|pubblicità|commenti|"
            + "seguici|"
            // Polish
            + "subskrybuj|zapisz się|zaloguj|zarejestruj|udostępnij|czytaj (?:też|także|więcej)|"
            + "zobacz (?:też|także|więcej)|reklama|komentarze?|newsletter|obserwuj|wesprzyj|darowizn\\p{L}*|"
            + "naszym portalu|zapraszamy"
            + ")(?![\\p{L}\\p{N}])");

    /**
     * Words of notes about an author or a site rather than of an article: what someone studied, works as,
     * writes for; who founded what.
     */
    public static final Pattern ABOUT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:studied|studierte|studiert|has worked|worked as|works as|arbeitet als|"
            + "is a (?:freelance |staff |senior )?(?:journalist|writer|author|editor|reporter|correspondent)|"
            + "ist (?:freie[rn]? )?(?:journalist|autor|redakteur)\\p{L}*|schreibt (?:seit|für|über)|"
            + "writes (?:for|about)|lives in|lebt (?:in|mit)|founder|gründer\\p{L}*|born in|"
            + "redakteur\\p{L}*|korrespondent\\p{L}*|journalist\\p{L}*|autor\\p{L}*|author|editor|contributor|"
            // who runs the blog or shop the page belongs to ("Ich bin Eva, Betreiberin von ...")
            + "betreiber(?:in)? (?:von|des|der|dieses|dieser)|"
            + "columnist|est journaliste|es periodista|dziennikarz\\p{L}*|betreue ich|bin ich|i am a|ich bin)"
            + "(?![\\p{L}])");

    /**
     * Phrases with which a site turns from the story to its reader: asking them to sign up, follow, support,
     * write in, or go on reading elsewhere. An article speaks about its subject; these speak about the reader
     * and the site, which is why they mark the end of the story even when they are written as prose.
     */
    public static final Pattern READER_PITCH = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:"
            // English
            + "sign up|subscribe|join (?:the|our|us)|support (?:our|us)|supporting (?:our|us)|"
            + "enter your email|your inbox|if you (?:enjoyed|liked)|follow us|already a subscriber|"
            + "never miss|don't miss|we (?:may )?(?:receive|earn) (?:a )?(?:compensation|commission)|"
            + "you can log in|click here|thank you for visiting|you are using a browser|"
            + "(?:this|the) (?:post|article|page) (?:contains|may contain|includes)|"
            // the page explaining itself: notes on where the text comes from and how it was checked, what to click,
            // how to reach the site, what the shop or the blogger offers
            + "(?:this|the) (?:article|post) (?:was|has been) (?:medically )?(?:reviewed|fact-checked|updated)|"
            + "click (?:on )?(?:the|this) (?:button|link)|contact us|follow me|"
            // German
            + "du willst|willst du|folge uns|folgen sie uns|"
            + "unterstütze uns|unterstützen sie uns|ihr beitrag hilft|hier finden sie|hier findest du|"
            + "(?:bist|sind) (?:du|sie) hier (?:genau )?richtig|ist hier richtig|melde dich|melden sie sich|"
            + "wir informieren sie|schau doch|schauen sie (?:doch|mal)|jetzt (?:bestellen|kaufen|testen|sichern|"
            + "anmelden|abonnieren|lesen)|erhält .{1,40} provision|für links auf dieser seite|"
            + "(?:dieser|der) (?:text|artikel|beitrag) (?:wurde|entspricht|enthält|stammt)|"
            + "stammt aus (?:der )?ausgabe|"
            + "klicken sie (?:hier|auf)|klicke (?:hier|auf)|(?:unser|das|unserem|dem) kontaktformular|"
            + "folgt mir|folge mir|finden sie (?:alle|weitere|mehr)|findest du (?:alle|weitere|mehr)|"
            + "bei uns (?:wirst du|werden sie|erhalten sie|erhältst du|findest du|finden sie|bekommst du|"
            + "bekommen sie)|"
            // French
            + "si vous souhaitez|vous êtes invités?|abonnez-vous|inscrivez-vous|soutenez-nous|suivez-nous|"
            + "votre adresse|vous pouvez à tout moment|cliquez (?:ici|sur)|formulaire de contact|contactez-nous|"
            + "suivez-moi|"
            // Spanish
            + "suscríbete|apóyanos|síguenos|únete|si te gustó|haz clic|haga clic|formulario de contacto|"
            + "contáctanos|contáctenos|sígueme|"
            // Portuguese
            + "assine|apoie|siga-nos|inscreva-se|clique (?:aqui|em)|formulário de contato|fale conosco|siga-me|"
            // Italian
            + "iscriviti|sostienici|seguici|clicca (?:qui|su)|modulo di contatto|contattaci|seguimi|"
            // Polish
            + "wesprzyj|dołącz do|zobacz oferty|czekamy na wasze|zapraszamy do|kliknij (?:tutaj|w)|"
            + "formularz kontaktowy|skontaktuj się z nami|obserwuj mnie"
            + ")(?![\\p{L}])");

    /**
     * Phrases with which a teaser sells another story to the reader: "we take a look at", "we've got you covered",
     * "Wir verraten dir", "découvrez". A blog's lede says them too, of its own story, so they are heard only after
     * most of the article has been read, where they start the teasers that follow it.
     */
    public static final Pattern TEASER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:"
            // English
            + "we (?:take a look|explain|reveal|round up)|we(?:['’]ve| have) got you covered|"
            + "find out more|"
            // German
            + "erfahren sie (?:hier|mehr|alles)|erfährst du (?:hier|mehr|alles)|wir zeigen (?:dir|ihnen|euch)|"
            + "wir verraten (?:dir|ihnen|euch|es)|"
            // French, Spanish, Portuguese, Italian, Polish
            // imperatives only: "descubre" is also "(she) discovers", which news prose says
            + "découvrez|descubra|scopri|sprawdź"
            + ")(?![\\p{L}])");

    /**
     * Phrases of a site's own offers and requests that an article's prose has no use for: sign-up forms and their
     * consent lines, memberships and subscriber perks, donation appeals, newsletters, the edition on sale, and the
     * site's cookie and privacy notices ("we use cookies", "Ihre Angaben aus dem Kontaktformular"). Unlike
     * {@link #READER_PITCH} ("join the", "hier finden Sie"), which a story may also say and which is therefore only
     * heard at the article's edges, these mark a short paragraph as the site's wherever it stands: sites set their
     * sign-up and donation boxes between the article's paragraphs.
     */
    public static final Pattern APPEAL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:"
            // English
            + "enter your e-?mail|by (?:signing up|subscribing|registering|submitting this form),? you agree|"
            + "(?:to|in) (?:your|their) inbox(?:es)?|sign up for (?:our|the|free|a free)|"
            + "free sign ?up|become a (?:member|subscriber|patron|supporter)|"
            + "(?:new |first-time )?subscribers (?:also )?(?:get|receive|enjoy)|"
            + "exclusive (?:offers|deals|discounts)|welcome gift|"
            + "if you (?:enjoyed|liked) (?:reading )?(?:this|our|the) (?:post|article|story|piece)|"
            + "consider supporting|support (?:our|independent) journalism|make a (?:donation|contribution)|"
            + "instant access|unlimited digital access|we need your (?:support|help)|"
            + "qualifying purchases|(?:this|our) (?:site|website|blog) (?:participates|is a participant) in|"
            // German
            + "(?:ihr|dein) beitrag hilft|deine spende|ihre spende hilft|jetzt spenden|"
            + "werden sie mitglied|werde mitglied|"
            + "exklusive (?:angebote|inhalte|vorteile|rabatte)|als e-paper|"
            + "unterstütze(?:n sie)? unsere (?:arbeit|unabhängigkeit|redaktion)|(?:schalten|zeigen) keine werbung|"
            + "willige ich|(?:erklären sie sich|erklärst du dich) (?:damit )?einverstanden|"
            + "(?:dein|ihr) kommentar wurde|(?:gratis|kostenlos) per newsletter|newsletter abonnieren|"
            + "(?:brauchen|benötigen) wir (?:deine|ihre|eure) (?:unterstützung|hilfe)|"
            + "unterstütze(?:n sie)? unser(?:e[nm]?)? (?:magazin|projekt|blog|zeitung)|"
            // French
            + "votre adresse (?:e-mail|mail|électronique|de messagerie)|en vous inscrivant,? vous acceptez|"
            + "désabonne\\p{L}*|"
            + "lettres? d['’]information|devenez membre|offres exclusives|faites un don|"
            + "nous avons besoin de (?:votre|ton) (?:soutien|aide)|"
            // Spanish
            + "hazte (?:socio|miembro)|ofertas exclusivas|haz una donación|tu donación|date de baja|"
            + "necesitamos (?:tu|su) apoyo|"
            // Portuguese
            + "torne-se (?:membro|assinante)|seja (?:membro|assinante)|faça uma doação|sua doação|"
            + "precisamos do (?:seu|teu) apoio|colabore para que|assine o jornal|"
            // Italian
            + "diventa (?:socio|membro|abbonato)|offerte esclusive|fai una donazione|"
            + "abbiamo bisogno del (?:tuo|vostro) (?:sostegno|aiuto)|"
            // Polish
            + "zobacz oferty|zostań (?:członkiem|patronem|subskrybentem)|wykup (?:dostęp|subskrypcję|prenumeratę)|"
            + "dołącz do (?:nas|naszej)|potrzebujemy (?:twojego|waszego) wsparcia|"
            // the site telling the reader what it does with their data: cookie banners and privacy notices, in the
            // first or second person, which a story about data protection does not speak in
            + "we use cookies|(?:this|our) (?:site|website) uses cookies|"
            + "your personal (?:data|information) (?:will|is)|"
            + "(?:by continuing|if you continue) to (?:use|browse) (?:this|our) (?:site|website)|"
            + "your data will not be|unsubscribe from this service|"
            + "(?:wir )?(?:verwenden|nutzen|setzen) (?:auf (?:dieser|unserer) (?:website|webseite|seite) )?cookies|"
            + "(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|"
            + "(?:auf )?(?:dieser|unserer) (?:website|webseite|seite) verwendeten cookies|"
            + "datenschutzerklärung gelesen|(?:werden )?ihre angaben aus dem|zwecks bearbeitung (?:der|ihrer) anfrage|"
            + "ihre datenschutzeinstellungen|"
            + "nous utilisons des cookies|ce site utilise des cookies|"
            + "utilizamos cookies|este sitio (?:web )?utiliza cookies|"
            + "nuestra política de (?:tratamiento de datos|privacidad)|"
            + "este site utiliza cookies|"
            + "utilizziamo (?:i )?cookie|questo sito utilizza (?:i )?cookie|"
            + "używamy (?:plików )?cookies|możemy przetwarzać twój|przetwarzamy (?:też )?twoje dane"
            + ")(?![\\p{L}])");

    /**
     * Labels with which a line opens when it points away from the article or files it: "See also", "Tags:",
     * "Kategorie:", "Leseprobe:", "This entry was posted in", "This is part 2 of". Matched at the start of a
     * paragraph only; the ones that also open prose ("Tags darauf", "Disclaimer" in a sentence) need their colon,
     * and a series note its number ("This is part of a trend" is prose).
     */
    public static final Pattern POINTER = Pattern.compile(
            "(?iu)^[^\\p{L}\\p{N}]*(?:"
            + "see also|related (?:coverage|stories)|(?:tags|categor(?:y|ies)|disclaimer)\\s*:|"
            + "siehe auch|auch lesen|schlagw(?:o|ö)rter?|(?:tags|kategorien?|leseprobe)\\s*:|erschienen in|"
            + "voir aussi|(?:catégories?|mots-clés)\\s*:|"
            + "vea también|ver también|(?:etiquetas|categorías?)\\s*:|"
            + "veja também|saiba mais|"
            + "vedi anche|"
            + "zobacz (?:też|także)|(?:tagi|kategorie)\\s*:|"
            // the blog software's line filing the post: "This entry was posted in ...", in its translations
            + "this entry was posted|(?:der|dieser) (?:beitrag|eintrag) wurde am .{0,80}?veröffentlicht|"
            + "cet article a été publié|esta entrada fue publicada|"
            + "(?:este|esta) (?:post|entrada|artigo) foi publicad[oa]|"
            + "questa voce è stata pubblicata|ten wpis został opublikowany|"
            // the editor's note placing the text in a series: "This is part 2 of ...", "Dies ist Teil 2 zum Text ..."
            + "(?:this is|dies ist|das ist) (?:the |der )?(?:part|teil) (?:\\d+|[ivx]+|one|two|three|eins|zwei|drei)|"
            + "(?:ceci|voici) (?:est )?la (?:\\d+e|deuxième|troisième|seconde) partie|"
            + "esta es la (?:segunda|tercera) parte|esta é a (?:segunda|terceira) parte|"
            + "questa è la (?:seconda|terza) parte|to (?:jest )?(?:druga|trzecia) część"
            + ")(?![\\p{L}])");

    /** Credits and copyright lines in the supported languages. */
    public static final Pattern CREDIT = Pattern.compile(
            "(?iu)©|\\(c\\)\\s*\\d{4}|(?<![\\p{L}])copyright(?![\\p{L}])|all rights reserved|alle rechte vorbehalten|"
            + "tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
            + "tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|"
            + "(?:additional )?reporting by|edit(?:ing|ed) by|writing by|"
            + "(?:this|the) (?:story|article) (?:was )?(?:originally )?(?:appeared|published|first appeared)|"
            + "originally (?:appeared|published) (?:in|on|at)|mit material von");
}
