package io.broadsheet.generate;

import java.util.List;

/**
 * The invented people, places and organisations that articles are about, and the agencies and journalists that
 * credit them. Every name is built from parts by a fixed bijection of its popularity rank, so rank {@code r} always
 * means the same name and no two ranks share one.
 */
final class Cast {
    private static final List<String> FIRST_NAMES = List.of(
            "Amelia", "Bernard", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ingrid", "Jonas",
            "Keiko", "Lorenzo", "Maren", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tove",
            "Ulrich", "Valérie", "Wendell", "Ximena", "Yusuf", "Agnes", "Bruno", "Clémence", "Desmond", "Esther",
            "Felix", "Gwen", "Hamish", "Isolde", "Jasper", "Kofi", "Linnea", "Matteo", "Noor", "Otto",
            "Paloma", "Rafael", "Sigrid", "Tobias", "Una", "Viktor", "Wilma", "Zoltan");
    private static final List<String> LAST_NAMES = List.of(
            "Abernathy", "Brennan", "Castellano", "Dufresne", "Eriksen", "Fairbanks", "Gallagher", "Holmqvist",
            "Ibáñez", "Jablonski", "Kowalski", "Lindqvist", "Mbeki", "Navarro", "Oyelaran", "Pemberton",
            "Quiroga", "Rasmussen", "Szabó", "Thornbury", "Underhill", "Vasquez", "Whitlock", "Yamada",
            "Albrecht", "Bouchard", "Caldwell", "Delacroix", "Esposito", "Falkenberg", "Grünewald", "Hargreaves",
            "Iversen", "Jovanović", "Kirkland", "Lefebvre", "Montague", "Nakamura", "O'Sullivan", "Petrakis",
            "Ramírez", "Sandoval", "Tremblay", "Ulvaeus", "Villeneuve", "Westergaard", "Achterberg", "Brightwater");
    private static final List<String> REPORTER_SURNAMES = List.of(
            "Marsh", "Doyle", "Keller", "Moreau", "Prieto", "Sloane", "Haas", "Lambert", "Ortega", "Finch",
            "Becker", "Girard", "Castro", "Hale", "Vogel", "Roux", "Molina", "Pryce", "Wagner", "Dumont");
    private static final List<String> PLACE_STARTS = List.of(
            "Ash", "Bram", "Cal", "Dun", "Elm", "Fen", "Gar", "Hol", "Ing", "Kes", "Lang", "Mar", "Nor", "Orr",
            "Pen", "Quen", "Ros", "Sel", "Tar", "Ul", "Ven", "Wes", "Yar", "Bel", "Søn", "Mén");
    private static final List<String> PLACE_ENDS = List.of(
            "ford", "wick", "mouth", "bridge", "ton", "by", "stead", "haven", "field", "dale", "port", "mere",
            "holm", "burg", "ville", "ona");
    private static final List<String> ORG_ROOTS = List.of(
            "Meridian", "Halvorsen", "Northgate", "Bluewater", "Crestline", "Ironbridge", "Solent", "Larkspur",
            "Brandt & Cole", "Greenway", "Altamira", "Thistle", "Harrow & Finch", "Copperleaf", "Rivermark",
            "Lumen", "Stonebridge", "Eastwind", "Oakhurst", "Vantage", "Silverline", "Heron", "Castlegate",
            "Pellucid", "Arbour", "Kingsmere", "Waveney", "Foxglove", "Saltire", "Tamarind");
    private static final List<String> ORG_KINDS = List.of(
            "Group", "Foundation", "Union", "Alliance", "Bank", "Authority", "Corporation", "Holding", "Society",
            "Commission");

    private static final int PEOPLE = FIRST_NAMES.size() * LAST_NAMES.size();
    private static final int PLACES = PLACE_STARTS.size() * PLACE_ENDS.size();
    private static final int ORGANISATIONS = ORG_ROOTS.size() * ORG_KINDS.size();
    // Strides coprime with the sizes turn a rank into a spread-out cell of the name grid, bijectively.
    private static final int PEOPLE_STRIDE = 1031;
    private static final int PLACE_STRIDE = 97;
    private static final int ORG_STRIDE = 37;

    private static final List<String> AGENCIES_EN = List.of("Meridian Wire", "Atlantic Press Service", "NWS");
    private static final List<String> AGENCIES_DE = List.of("ndp", "Nordpresse");
    private static final List<String> AGENCIES_FR = List.of("AFI", "Presse Continentale");
    private static final List<String> AGENCIES_ES = List.of("Agencia Sur", "EPN");

    private Cast() {}

    static int peopleCount() {
        return PEOPLE;
    }

    static int placeCount() {
        return PLACES;
    }

    static int organisationCount() {
        return ORGANISATIONS;
    }

    static String person(int rank) {
        int cell = (int) ((long) rank * PEOPLE_STRIDE % PEOPLE);
        return FIRST_NAMES.get(cell % FIRST_NAMES.size()) + " " + LAST_NAMES.get(cell / FIRST_NAMES.size());
    }

    /** The part of a person's name that articles repeat after the first mention. */
    static String surname(String fullName) {
        return fullName.substring(fullName.indexOf(' ') + 1);
    }

    static String place(int rank) {
        int cell = rank * PLACE_STRIDE % PLACES;
        String start = PLACE_STARTS.get(cell % PLACE_STARTS.size());
        return start + PLACE_ENDS.get(cell / PLACE_STARTS.size());
    }

    static String organisation(int rank) {
        int cell = rank * ORG_STRIDE % ORGANISATIONS;
        return ORG_ROOTS.get(cell % ORG_ROOTS.size()) + " " + ORG_KINDS.get(cell / ORG_ROOTS.size());
    }

    /** A journalist's name; journalists get surnames no subject of an article has. */
    static String reporter(int number) {
        int first = Math.floorMod(number * 7 + 3, FIRST_NAMES.size());
        return FIRST_NAMES.get(first) + " " + REPORTER_SURNAMES.get(Math.floorMod(number, REPORTER_SURNAMES.size()));
    }

    static List<String> agencies(Language language) {
        return switch (language) {
            case ENGLISH -> AGENCIES_EN;
            case GERMAN -> AGENCIES_DE;
            case FRENCH -> AGENCIES_FR;
            case SPANISH -> AGENCIES_ES;
        };
    }
}
