package dk.kompetencenet.demo;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dk.kompetencenet.organisation.InstitutionType;

/**
 * Danish-looking names for generated people and institutions, unique where the database wants them unique (institution
 * names, e-mail addresses), drawn from one seeded {@link Random}.
 */
final class DanishNames {

    /** A town of the generated municipality: postal code and the area it lies in. */
    record Town(String name, String postalCode, String area) {
    }

    static final List<Town> TOWNS = List.of(new Town("Aabybro", "9440", "Vest"), new Town("Biersted", "9440", "Vest"),
            new Town("Gjøl", "9440", "Vest"), new Town("Brovst", "9460", "Øst"), new Town("Tranum", "9460", "Øst"),
            new Town("Skovsgård", "9460", "Øst"), new Town("Halvrimmen", "9460", "Øst"),
            new Town("Pandrup", "9490", "Nord"), new Town("Kaas", "9490", "Nord"), new Town("Hune", "9492", "Nord"),
            new Town("Blokhus", "9492", "Nord"), new Town("Saltum", "9493", "Nord"), new Town("Løkken", "9480", "Nord"),
            new Town("Fjerritslev", "9690", "Midt"), new Town("Klim", "9690", "Midt"), new Town("Thorup", "9690", "Midt"),
            new Town("Vadum", "9430", "Syd"), new Town("Vestbjerg", "9380", "Syd"), new Town("Sulsted", "9381", "Syd"),
            new Town("Nørresundby", "9400", "Syd"), new Town("Brønderslev", "9700", "Midt"),
            new Town("Vrå", "9760", "Nord"), new Town("Nibe", "9240", "Syd"), new Town("Hals", "9370", "Øst"));

    private static final List<String> WOMEN = List.of("Anne", "Mette", "Hanne", "Lene", "Camilla", "Julie", "Maria",
            "Kirsten", "Susanne", "Louise", "Charlotte", "Marianne", "Pia", "Tina", "Helle", "Karina", "Line", "Sofie",
            "Ida", "Emma", "Signe", "Maja", "Cecilie", "Rikke", "Trine", "Birgitte", "Dorthe", "Lone", "Malene", "Stine",
            "Nanna", "Katrine", "Christina", "Bente", "Inge", "Jette", "Gitte", "Henriette", "Anja", "Sanne", "Laura",
            "Freja", "Astrid", "Karen", "Lisbeth", "Vibeke", "Heidi", "Mia", "Amalie", "Fatima", "Yasmin", "Sara");

    private static final List<String> MEN = List.of("Jonas", "Henrik", "Lars", "Søren", "Jens", "Peter", "Michael",
            "Thomas", "Martin", "Anders", "Rasmus", "Mads", "Morten", "Jesper", "Niels", "Christian", "Kasper", "Mikkel",
            "Frederik", "Emil", "Simon", "Jakob", "Brian", "Kim", "Ole", "Per", "Bo", "Torben", "Claus", "Steen", "Allan",
            "Jan", "Kenneth", "Nikolaj", "Magnus", "Lasse", "Troels", "Carsten", "Ulrik", "Esben", "Anton", "Mathias",
            "Tobias", "Kristian", "Ahmad", "Omar", "Ali");

    private static final List<String> SURNAMES = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen",
            "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen",
            "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Vestergaard", "Mogensen",
            "Nørgaard", "Bach", "Kjær", "Dahl", "Bertelsen", "Lauridsen", "Friis", "Damgaard", "Overgaard", "Skov",
            "Toft", "Holst", "Mathiasen", "Ravn", "Krogh", "Winther", "Bech", "Gregersen", "Brandt", "Abildgaard",
            "Højgaard", "Lindberg", "Bruun", "Lassen", "Bundgaard", "Kirkegaard", "Søgaard", "Rahimi", "Yilmaz",
            "Hussein");

    private static final List<String> SCHOOL_WORDS = List.of("Birkely", "Fjord", "Vester", "Nørre", "Øster",
            "Sønder", "Bakke", "Skov", "Strand", "Lindholm", "Kirkebakke", "Højvang", "Ravnsbjerg", "Elsehøj",
            "Bavnehøj", "Solbjerg", "Rosendal", "Mølleby", "Åbakke", "Kildebakke", "Tornhøj", "Nordvang", "Engholm",
            "Trekroner", "Vestervang", "Langager", "Bøgevang", "Lerbjerg", "Hedegaard", "Klitmøller");

    private static final List<String> DAYCARE_WORDS = List.of("Solsikken", "Mejsen", "Troldehøjen", "Mariehønen",
            "Regnbuen", "Solstrålen", "Spiren", "Myretuen", "Humlebien", "Bikuben", "Egernet", "Kastanjen", "Rødkælken",
            "Svalen", "Tumlebo", "Krudtuglen", "Stjernen", "Månen", "Lærkereden", "Firkløveret", "Troldeskoven",
            "Bøgehuset", "Engen", "Æblehaven", "Lindehuset", "Pilehytten", "Ugleredet", "Nøddebo", "Lyngbo",
            "Klatretræet", "Fuglereden", "Bakkehuset", "Strandgården", "Græshoppen", "Sommerfuglen", "Skovtrolden",
            "Hyldebo", "Bamsebo", "Kildehuset", "Birkebo", "Valmuen", "Tusindfryd", "Kornblomsten", "Anemonen",
            "Rosenhaven", "Kirsebærhaven", "Elmehuset", "Egebo", "Skovmusen", "Pindsvinet", "Mosekonen", "Havtornen",
            "Vibereden", "Stensbo", "Kløverengen", "Hønsehuset", "Ællingen", "Skattekisten", "Trylleskoven", "Gyngen");

    private static final List<String> STREETS = List.of("Skolevej", "Kirkevej", "Bakkevej", "Stationsvej",
            "Nørregade", "Søndergade", "Vestergade", "Østergade", "Møllevej", "Toftevej", "Engvej", "Skovvej",
            "Strandvej", "Havnevej", "Parkvej", "Birkevej", "Lindevej", "Kastanievej", "Rosenvej", "Solvej", "Højvej",
            "Fjordvej", "Bredgade", "Algade", "Grønnegade");

    private final Random random;
    private final Set<String> institutionNames = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    DanishNames(Random random, Set<String> takenInstitutionNames, Set<String> takenEmails) {
        this.random = random;
        takenInstitutionNames.forEach(n -> institutionNames.add(n.toLowerCase(Locale.ROOT)));
        emails.addAll(takenEmails);
    }

    /** A name no institution has yet, of the kind the type suggests, in or near this town. */
    String institution(InstitutionType type, Town town) {
        String base = switch (type) {
            case SKOLE -> random.nextInt(3) == 0 ? town.name() + " Skole" : pick(SCHOOL_WORDS) + "skolen";
            case SPECIALTILBUD -> random.nextBoolean() ? "Specialcenter " + pick(SCHOOL_WORDS)
                    : town.name() + " Specialskole";
            case UNGDOMSSKOLE -> "Ungdomsskolen " + town.name();
            case DAGPLEJE -> "Dagplejen " + town.name();
            case INTEGRERET_INSTITUTION -> "Børnehuset " + pick(DAYCARE_WORDS);
            case BOERNEHAVE -> random.nextInt(3) == 0 ? "Børnehaven " + pick(DAYCARE_WORDS) : pick(DAYCARE_WORDS);
        };
        return unique(base, base + ", " + town.name(), base + ", " + town.area());
    }

    private String unique(String base, String... alternatives) {
        if (institutionNames.add(base.toLowerCase(Locale.ROOT))) {
            return base;
        }
        for (String candidate : alternatives) {
            if (institutionNames.add(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        for (int n = 2; ; n++) {
            String numbered = alternatives[0] + " " + n;
            if (institutionNames.add(numbered.toLowerCase(Locale.ROOT))) {
                return numbered;
            }
        }
    }

    String firstName() {
        return random.nextBoolean() ? pick(WOMEN) : pick(MEN);
    }

    String lastName() {
        return pick(SURNAMES);
    }

    String street() {
        return pick(STREETS) + " " + (1 + random.nextInt(80));
    }

    /** {@code fornavn.efternavn@domain}, with a number where the address is taken. */
    String email(String firstName, String lastName, String domain) {
        String local = fold(firstName) + "." + fold(lastName);
        String email = local + "@" + domain;
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + domain;
        }
        return email;
    }

    /** The institution's mail domain: its name in plain letters, under example.dk. */
    static String domain(String institutionName) {
        return fold(institutionName).replace(".", "") + ".example.dk";
    }

    /** Lower case, æ/ø/å spelt out, accents dropped, anything else but letters and digits turned into a dot. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
