package dk.kompetencenet.competence;

import java.util.Locale;

/** Text kept in Danish and English; Danish where English is missing. */
public interface Bilingual {

    String danish();

    String english();

    default String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && english() != null ? english() : danish();
    }
}
