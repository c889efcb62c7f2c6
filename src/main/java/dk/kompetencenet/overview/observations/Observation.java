package dk.kompetencenet.overview.observations;

import java.io.Serializable;
import java.util.Locale;

import dk.kompetencenet.competence.Bilingual;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;

/**
 * One thing the data shows: its sentence (a message key with its numbers as arguments; a name kept in both languages
 * as a {@link Name}) and the page, with its query, where one acts on it.
 */
public record Observation(Message text, String page, String parameter, Long id) implements Serializable {

    /** A name in Danish and English, chosen when the sentence is written. */
    public record Name(String danish, String english) implements Bilingual, Serializable {
    }

    /** The sentence in the language. */
    public String text(Locale locale) {
        Object[] arguments = text.arguments().stream().map(a -> a instanceof Name n ? n.in(locale) : a).toArray();
        return Texts.get(locale, text.key(), arguments);
    }

    /** The link's address below the application's root, e.g. {@code /meeting/network.xhtml?id=12}. */
    public String link() {
        return page + "?" + parameter + "=" + id;
    }
}
