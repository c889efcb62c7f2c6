package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import dk.kompetencenet.competence.Bilingual;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * One thing the data shows: its sentence (a message key with its numbers as arguments, all serialisable since the
 * overview's view-scoped page keeps them; a name kept in both languages as a {@link Name}) and the page, with its
 * query, where one acts on it.
 */
public record Observation(String key, List<Serializable> arguments, String page, String parameter, Long id)
        implements Serializable {

    public Observation {
        arguments = List.copyOf(arguments);
    }

    /** A name in Danish and English, chosen when the sentence is written. */
    public record Name(String danish, String english) implements Bilingual, Serializable {
    }

    /** The sentence in the language. */
    public String text(Locale locale) {
        Object[] filled = arguments.stream().map(a -> a instanceof Name n ? n.in(locale) : a).toArray();
        return Texts.get(locale, key, filled);
    }

    /** The link's address below the application's root, e.g. {@code /meeting/network.xhtml?id=12}. */
    public String link() {
        return page + "?" + parameter + "=" + id;
    }
}
