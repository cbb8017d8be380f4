package io.broadsheet.generate;

import java.util.List;

/**
 * The languages generated articles are written in, each with its own small phrase book. Templates hold slots that
 * {@link ArticleComposer} fills: {@code {P}} the main person, {@code {p}} their surname, {@code {Q}} a second person,
 * {@code {L}} a place, {@code {O}} an organisation, {@code {n}} a subject, {@code {N}} a small number, {@code {M}} a
 * large number, {@code {X}} a percentage, {@code {D}} a weekday, {@code {A}} a staff writer, {@code {G}} a news
 * agency, {@code {pub}} the publisher, {@code {dom}} its domain, {@code {Y}} the year, {@code {U}} the article's
 * unique word, {@code {q}} a quotation; the rest are parts of the date and author slugs (see
 * {@code ArticleComposer.value}).
 */
enum Language {
    ENGLISH("en", ".", ",",
            List.of(
                    "{P} said the {n} would be reviewed before the end of the year.",
                    "The {O} has been under pressure since {D}, when officials in {L} confirmed the figures.",
                    "According to the {O}, more than {M} people were affected across {L} and the surrounding area.",
                    "Critics say the {n} does little for families in {L}, where costs have risen by {X}% in a year.",
                    "{p} has denied any wrongdoing.",
                    "It is the biggest change of its kind in {L} for more than a decade.",
                    "The decision follows months of talks between the {O} and local leaders.",
                    "Officials would not say how much the {n} will cost, but estimates start at {N} million.",
                    "In a statement, the {O} said it was \"disappointed\" by the ruling and would consider an appeal.",
                    "{Q}, who chairs the scrutiny committee, called the plan \"a serious mistake\".",
                    "Residents of {L} have been told to expect delays until {D} at the earliest.",
                    "The figures, published on {D}, show a fall of {X}% compared with the previous quarter.",
                    "{p}'s office declined to comment.",
                    "Many in {L} remain sceptical; others say it's too early to judge.",
                    "\"We're not going to stop now,\" {p} told reporters in {L}.",
                    "Asked whether the {n} would survive, {p} replied: \"That's for the voters to decide.\"",
                    "The {O} employs about {M} people, most of them in and around {L}.",
                    "Opposition members have called for an inquiry into the {n} and how it was funded.",
                    "Talks are expected to resume next week - if both sides agree to return to the table.",
                    "{Q} said the proposals were \"workable, but only just\".",
                    "The row over the {n} has dominated local politics in {L} for weeks.",
                    "Supporters argue the {n} will bring {N} new jobs to the region within five years.",
                    "The {O}'s chief executive, {Q}, is due to give evidence to MPs on {D}.",
                    "Turnout at the public meeting in {L} was the highest in years, organisers said.",
                    "The {O} says its R&amp;D spending has doubled since {Y}.",
                    "A consultation on the {n} closes on {D}, and the {O} has promised to publish every response.",
                    "{p}, who was first elected in {Y}, has made the {n} a central part of the programme.",
                    "Local businesses in {L} say they have lost up to {X}% of their trade since the works began.",
                    "The {O} confirmed that {N} complaints had been received, \"most of them in the past fortnight\".",
                    "Neither the {O} nor {Q} would say when the report would be made public.",
                    "Independent analysts were divided: some welcomed the {n}, while others warned that the timetable was \"wildly optimistic\".",
                    "Campaigners gathered outside the town hall in {L} on {D}, holding banners and chanting.",
                    "It's not the first time the {O} has faced questions over the {n}; a similar dispute in {Y} ended in court.",
                    "Figures seen by this newspaper suggest the final bill could reach {M} pounds per household over ten years.",
                    "{Q} told a meeting of the council that the {n} was \"the right idea at the wrong time\".",
                    "Earlier this year, {p} visited {L} to meet families affected by the changes.",
                    "The {O} said the delay was caused by \"circumstances beyond our control\", including supply problems and staff shortages."),
            List.of(
                    "We have listened to people and we will act",
                    "This is not the end of the story",
                    "Nobody should be surprised by this",
                    "It's a good day for {L}",
                    "We'll keep fighting for a fair deal",
                    "The numbers simply don't add up",
                    "I've never seen anything like it in thirty years",
                    "People in {L} deserve better than this",
                    "We asked for answers and we got a press release",
                    "There is still a lot of work to do, but we're getting there"),
            List.of("{q},\" {p} said.", "{q},\" said {Q}, a spokesperson for the {O}.", "{q},\" {Q} added."),
            List.of(
                    "{P} has ordered a review of the {n} in {L}, saying the current plans are \"no longer fit for purpose\".",
                    "The {O} will press ahead with the {n} in {L}, {P} said on {D}.",
                    "Thousands of people in {L} face disruption after {P} and the {O} halted work on the {n}.",
                    "{P} has been named the new head of the {O}, weeks after the row over the {n} in {L}.",
                    "{P} has promised to fix the {n} in {L} \"within months, not years\"."),
            List.of("{P} orders review of {L} {n}", "{O} halts {n} in {L}", "What the {n} means for {L}",
                    "{p} defends {n} as critics in {L} push back", "{L} {n}: {O} under fire"),
            List.of("budget", "housing plan", "rail project", "tax reform", "water contract", "school closures",
                    "pension deal", "climate target", "trade agreement", "hospital merger", "stadium bid",
                    "port expansion", "broadband scheme", "bus network", "flood defence scheme", "ferry contract"),
            List.of("What happens next?", "A long road", "Mixed reaction", "'Not the end'", "Background",
                    "The cost", "Why it matters", "Questions remain"),
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            "Locals have nicknamed the scheme \"{U}\", and the name has stuck.",
            List.of("Read more:", "READ MORE:", "Related:", "See also:", "More on this story:"),
            List.of(
                    "Sign up for the {pub} morning briefing, delivered to your inbox every weekday.",
                    "Get our free newsletter: the day's top stories from {pub} in five minutes.",
                    "Subscribe to {pub} Daily &amp; never miss a story - <a href=\"https://www.{dom}/newsletters?src=article&amp;pos=end\">sign up here</a>.",
                    "Enjoying this article? Support independent journalism at {pub} from just {N} a month."),
            List.of(
                    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
                    "This website uses cookies. <a href=\"https://www.{dom}/privacy\">Find out more</a>.",
                    "Please enable JavaScript to view the comments powered by our partners."),
            List.of("Share this article", "Share on Facebook | Share on Twitter | Email", "{N} Comments",
                    "Comments ({N})", "{N} shares", "Join the conversation ¯\\_(ツ)_/¯"),
            List.of("© {Y} {pub}. All rights reserved.", "Copyright © {Y} {pub}",
                    "Copyright {Y} <a href=\"https://www.{dom}/\">{pub}</a>. All rights reserved.",
                    "© {pub} {Y}", "© 2003-{Y} {pub} Ltd. Registered in England &amp; Wales."),
            List.of("By {A}", "By <a href=\"https://www.{dom}/author/{a}\">{A}</a>", "{A}, Political Correspondent",
                    "Written by {A}"),
            List.of("{P} speaking in {L} on {D}. Photo: {A}/{G}", "(Image: {G})", "Photograph: {A}/{G}",
                    "File photo: the {O} headquarters in {L}. <i>Credit: {G}</i>"),
            List.of("Reporting by {A} in {L}; Editing by {A2}", "Additional reporting by {A}",
                    "Reporting by {A}; Writing by {A2}; Editing by {A3}"),
            "{L}, {month} {day} ({G}) - ",
            List.of("Published {month} {day}, {Y}", "{day} {month} {Y}", "Updated: {dd}/{mm}/{Y} {hh}:{min}")),

    GERMAN("de", ",", ".",
            List.of(
                    "{P} kündigte an, {n} bis zum Jahresende zu überprüfen.",
                    "Die {O} steht unter Druck, seit Behörden in {L} am {D} die Zahlen bestätigten.",
                    "Nach Angaben der {O} sind in {L} und Umgebung mehr als {M} Menschen betroffen.",
                    "Kritiker bemängeln, dass das Vorhaben den Familien in {L} kaum hilft.",
                    "{p} weist die Vorwürfe zurück.",
                    "Die Kosten sind seit dem Vorjahr um {X} Prozent gestiegen.",
                    "Der Entscheidung gingen monatelange Gespräche zwischen der {O} und der Stadt {L} voraus.",
                    "Wie teuer das Vorhaben wird, ist offen; Schätzungen beginnen bei {N} Millionen Euro.",
                    "{Q}, Vorsitzende des Ausschusses, nannte den Plan „einen schweren Fehler“.",
                    "In {L} müssen sich die Anwohner noch bis {D} auf Einschränkungen einstellen.",
                    "Die Opposition fordert eine Untersuchung – und zwar „so schnell wie möglich“.",
                    "„Wir lassen uns nicht beirren“, sagte {p} am {D} in {L}.",
                    "Die {O} beschäftigt rund {M} Mitarbeiterinnen und Mitarbeiter, die meisten davon in {L}.",
                    "Befürworter rechnen mit {N} neuen Arbeitsplätzen in der Region.",
                    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden."),
            List.of("Wir haben zugehört und wir werden handeln", "Das ist noch nicht das Ende",
                    "Die Zahlen gehen einfach nicht auf", "Das ist ein guter Tag für {L}"),
            List.of("{q}“, sagte {p}.", "{q}“, sagte {Q}, Sprecherin der {O}."),
            List.of(
                    "{P} will {n} in {L} überprüfen lassen – die bisherigen Pläne seien „nicht mehr zeitgemäß“.",
                    "Die {O} hält an ihren Plänen in {L} fest, sagte {P} am {D}.",
                    "Tausende Menschen in {L} müssen sich auf Einschränkungen einstellen, nachdem {P} und die {O} die Arbeiten gestoppt haben."),
            List.of("{P} lässt Pläne für {L} prüfen", "{O} stoppt Arbeiten in {L}", "Was die Entscheidung für {L} bedeutet"),
            List.of("den Haushaltsplan", "das Wohnungsbauprogramm", "das Bahnprojekt", "die Steuerreform",
                    "den Wasservertrag", "die Klinikfusion", "den Hafenausbau", "das Verkehrs\u00adkonzept"),
            List.of("Wie geht es weiter?", "Ein langer Weg", "Geteilte Reaktionen", "Hintergrund"),
            List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
            List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                    "November", "Dezember"),
            "Im Ort nennt man das Vorhaben nur „{U}“.",
            List.of("Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:"),
            List.of("Abonnieren Sie jetzt den kostenlosen Newsletter von {pub}.",
                    "Jetzt zum {pub}-Newsletter anmelden und nichts mehr verpassen!",
                    "Unser kostenloser Newsletter informiert Sie über die wichtigsten Nachrichten aus der Region."),
            List.of("Diese Website verwendet Cookies. <a href=\"https://www.{dom}/datenschutz\">Mehr erfahren</a>",
                    "Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Cookies zu."),
            List.of("Artikel teilen:", "{N} Kommentare", "Möchten Sie den Artikel teilen?"),
            List.of("© {pub} {Y}", "© {Y} {pub}. Alle Rechte vorbehalten.", "Copyright © {Y} <a href=\"https://www.{dom}/impressum\">{pub}</a>"),
            List.of("Von {A}", "<a class=\"author-link\" href=\"/suche?autor={a}\">{A}</a>"),
            List.of("Foto: {A}/{G}", "{P} am {D} in {L}. (Foto: {G})", "Bild: {G}"),
            List.of("Mitarbeit: {A}", "({G})"),
            "{L} ({G}) – ",
            List.of("{day}. {month} {Y}", "Veröffentlicht am {dd}.{mm}.{Y} um {hh}:{min} Uhr")),

    FRENCH("fr", ",", "\u202f",
            List.of(
                    "{P} a annoncé un réexamen du projet d’ici la fin de l’année.",
                    "La {O} est sous pression depuis {D}, lorsque les autorités de {L} ont confirmé les chiffres.",
                    "Selon la {O}, plus de {M}\u00a0personnes sont concernées à {L} et dans les environs.",
                    "Les critiques estiment que le projet n’aide guère les familles de {L}\u00a0; les prix ont augmenté de {X}\u00a0%.",
                    "{p} dément toute irrégularité.",
                    "La décision fait suite à des mois de discussions entre la {O} et les élus locaux.",
                    "Le coût n’a pas été précisé, mais les estimations commencent à {N}\u00a0millions d’euros.",
                    "{Q}, qui préside la commission, a qualifié le plan de «\u00a0grave erreur\u00a0».",
                    "Les habitants de {L} doivent s’attendre à des perturbations jusqu’à {D}.",
                    "«\u00a0Nous n’allons pas nous arrêter maintenant\u00a0», a déclaré {p} à {L}.",
                    "La {O} emploie environ {M}\u00a0personnes, pour la plupart à {L}.",
                    "Les négociations doivent reprendre la semaine prochaine.",
                    "Pour l’opposition, {n} reste un sujet explosif."),
            List.of("Nous avons écouté et nous allons agir", "Ce n’est pas la fin de l’histoire",
                    "Les chiffres ne tiennent pas"),
            List.of("{q}\u00a0», a déclaré {p}.", "{q}\u00a0», a ajouté {Q}, porte-parole de la {O}."),
            List.of(
                    "{P} a ordonné un réexamen du projet à {L}, jugeant les plans actuels «\u00a0dépassés\u00a0».",
                    "La {O} maintient son projet à {L}, a indiqué {P} {D}.",
                    "Des milliers d’habitants de {L} sont touchés après l’arrêt des travaux décidé par {P} et la {O}."),
            List.of("{P} ordonne un réexamen à {L}", "La {O} suspend les travaux à {L}", "Ce que la décision change pour {L}"),
            List.of("le budget", "le projet ferroviaire", "la réforme fiscale", "le contrat de l’eau", "l’extension du port"),
            List.of("Et maintenant\u00a0?", "Réactions partagées", "Contexte"),
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"),
            "Sur place, on surnomme le projet «\u00a0{U}\u00a0».",
            List.of("Lire aussi\u00a0:", "À lire aussi\u00a0:", "Voir aussi\u00a0:"),
            List.of("Inscrivez-vous à la newsletter de {pub} pour recevoir l’essentiel de l’actualité.",
                    "Recevez gratuitement notre lettre d’information quotidienne."),
            List.of("Ce site utilise des cookies. <a href=\"https://www.{dom}/confidentialite\">En savoir plus</a>",
                    "En poursuivant votre navigation, vous acceptez l’utilisation de cookies."),
            List.of("Partager cet article", "{N} commentaires"),
            List.of("© {pub} {Y} - Tous droits réservés", "Copyright © {Y} {pub}"),
            List.of("Par {A}", "Par <a href=\"https://www.{dom}/auteur/{a}\">{A}</a>"),
            List.of("Photo\u00a0: {A}/{G}", "(Crédit photo\u00a0: {G})"),
            List.of("Avec {G}", "({G})"),
            "{L} ({G}) - ",
            List.of("Publié le {day} {month} {Y} à {hh}h{min}", "{day} {month} {Y}")),

    SPANISH("es", ",", ".",
            List.of(
                    "{P} anunció una revisión del proyecto antes de fin de año.",
                    "La {O} está bajo presión desde el {D}, cuando las autoridades de {L} confirmaron las cifras.",
                    "Según la {O}, más de {M} personas se han visto afectadas en {L} y sus alrededores.",
                    "Los críticos dicen que el plan apenas ayuda a las familias de {L}, donde los precios subieron un {X} %.",
                    "{p} niega cualquier irregularidad.",
                    "La decisión llega tras meses de negociaciones entre la {O} y los responsables locales.",
                    "No se ha precisado el coste, pero las estimaciones parten de {N} millones de euros.",
                    "{Q}, que preside la comisión, calificó el plan de «un grave error».",
                    "Los vecinos de {L} deberán esperar retrasos al menos hasta el {D}.",
                    "«No vamos a parar ahora», dijo {p} a los periodistas en {L}.",
                    "¿Y ahora qué? Nadie en la {O} quiso responder.",
                    "La {O} emplea a unas {M} personas, la mayoría en {L}.",
                    "Para la oposición, {n} sigue siendo un asunto delicado."),
            List.of("Hemos escuchado y vamos a actuar", "Este no es el final de la historia",
                    "Las cifras no cuadran"),
            List.of("{q}», dijo {p}.", "{q}», añadió {Q}, portavoz de la {O}."),
            List.of(
                    "{P} ordenó revisar el proyecto en {L} y calificó los planes actuales de «obsoletos».",
                    "La {O} seguirá adelante con sus planes en {L}, afirmó {P} el {D}.",
                    "Miles de personas en {L} sufren retrasos después de que {P} y la {O} paralizaran las obras."),
            List.of("{P} ordena revisar el proyecto de {L}", "La {O} paraliza las obras en {L}", "Qué supone la decisión para {L}"),
            List.of("el presupuesto", "el proyecto ferroviario", "la reforma fiscal", "la ampliación del puerto"),
            List.of("¿Y ahora qué?", "Reacciones", "Contexto"),
            List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
            List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                    "octubre", "noviembre", "diciembre"),
            "En el barrio todos lo llaman «{U}».",
            List.of("Lea también:", "Lea más:", "Te puede interesar:"),
            List.of("Suscríbete al boletín de {pub} y recibe las noticias más importantes del día.",
                    "Recibe gratis nuestra newsletter cada mañana."),
            List.of("Este sitio web utiliza cookies. <a href=\"https://www.{dom}/privacidad\">Más información</a>",
                    "Al continuar navegando, aceptas el uso de cookies."),
            List.of("Compartir", "{N} comentarios"),
            List.of("© {Y} {pub}. Todos los derechos reservados.", "Copyright © {pub} {Y}"),
            List.of("Por {A}", "Por <a href=\"https://www.{dom}/autor/{a}\">{A}</a>"),
            List.of("Foto: {A}/{G}", "(Foto: {G})"),
            List.of("Con información de {G}", "({G})"),
            "{L}, {day} {month} ({G}).- ",
            List.of("{day} de {month} de {Y}", "Actualizado el {dd}/{mm}/{Y} a las {hh}:{min}"));

    final String tag;
    final String decimalMark;
    final String thousandsMark;
    final List<String> sentences;
    final List<String> quotes;
    final List<String> quoteEndings;
    final List<String> ledes;
    final List<String> headlines;
    final List<String> subjects;
    final List<String> crossheads;
    final List<String> weekdays;
    final List<String> months;
    final String nickname;
    final List<String> readMoreLabels;
    final List<String> newsletters;
    final List<String> cookieLines;
    final List<String> counters;
    final List<String> copyrights;
    final List<String> bylines;
    final List<String> captions;
    final List<String> credits;
    final String dateline;
    final List<String> dateLines;

    Language(String tag, String decimalMark, String thousandsMark, List<String> sentences, List<String> quotes,
             List<String> quoteEndings, List<String> ledes, List<String> headlines, List<String> subjects,
             List<String> crossheads, List<String> weekdays, List<String> months, String nickname,
             List<String> readMoreLabels, List<String> newsletters, List<String> cookieLines,
             List<String> counters, List<String> copyrights, List<String> bylines, List<String> captions,
             List<String> credits, String dateline, List<String> dateLines) {
        this.tag = tag;
        this.decimalMark = decimalMark;
        this.thousandsMark = thousandsMark;
        this.sentences = sentences;
        this.quotes = quotes;
        this.quoteEndings = quoteEndings;
        this.ledes = ledes;
        this.headlines = headlines;
        this.subjects = subjects;
        this.crossheads = crossheads;
        this.weekdays = weekdays;
        this.months = months;
        this.nickname = nickname;
        this.readMoreLabels = readMoreLabels;
        this.newsletters = newsletters;
        this.cookieLines = cookieLines;
        this.counters = counters;
        this.copyrights = copyrights;
        this.bylines = bylines;
        this.captions = captions;
        this.credits = credits;
        this.dateline = dateline;
        this.dateLines = dateLines;
    }

    /** Interview questions, set bold above the answer as interviews are on the page. */
    List<String> questions() {
        return switch (this) {
            case ENGLISH -> List.of("What went wrong with the {n}?", "Why should people in {L} trust the {O} now?",
                    "What happens if the plan fails?", "Is the {n} worth the money?");
            case GERMAN -> List.of("Was ist schiefgelaufen?", "Warum sollten die Menschen in {L} der {O} vertrauen?",
                    "Was passiert, wenn der Plan scheitert?");
            case FRENCH -> List.of("Qu’est-ce qui n’a pas fonctionné\u00a0?", "Pourquoi les habitants de {L} devraient-ils vous croire\u00a0?");
            case SPANISH -> List.of("¿Qué ha fallado?", "¿Por qué deberían confiar los vecinos de {L} en la {O}?");
        };
    }

    /** Label of the list of topic links some sites put under an article. */
    String topicsLabel() {
        return switch (this) {
            case ENGLISH -> "Topics:";
            case GERMAN -> "Themen:";
            case FRENCH -> "Sujets\u00a0:";
            case SPANISH -> "Temas:";
        };
    }

    /** The opening quotation mark this language's quote endings pair with. */
    String openQuote() {
        return switch (this) {
            case ENGLISH -> "\"";
            case GERMAN -> "„";
            case FRENCH -> "«\u00a0";
            case SPANISH -> "«";
        };
    }
}
