package dk.kompetencenet.platform.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import dk.kompetencenet.platform.InvalidInputException;

/**
 * Kompetencenet's user-facing text: one bundle, {@code i18n/messages}, in Danish (the default) and English. Pages read it
 * as {@code #{msg[...]}}; REST answers and mails through this class.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DANISH, ENGLISH);

    private Texts() {
    }

    /** The supported locale closest to the one asked for: English for any English, Danish otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : DANISH;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message in the locale, with message arguments translated too. */
    public static String get(Locale locale, Message message) {
        return get(locale, message.key(), message.arguments().toArray());
    }

    /**
     * The text for a key in the locale, with arguments filled in (an argument that is a {@link Message}, such as a
     * field's name, translated too); the key itself if the bundle lacks it.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        String pattern;
        try {
            pattern = bundle(supported).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] translated = Arrays.stream(arguments)
                .map(a -> a instanceof Message inner ? get(supported, inner) : a).toArray();
        return new MessageFormat(pattern, supported).format(translated);
    }

    /**
     * A refused field's message, led by the field's name in the language where the bundle has one
     * ({@code field.firstName}: "Fornavn: ..."), so that a page's list of refusals says which field each is about. The
     * API's own messages ({@code api.*}) name the field themselves.
     */
    public static String problem(Locale locale, InvalidInputException.Problem problem) {
        String message = get(locale, problem.key(), problem.arguments().toArray());
        if (problem.field() == null || problem.key().startsWith("api.")) {
            return message;
        }
        String name = problem.field().split("[.\\[]", 2)[0];
        String label = get(locale, "field." + name);
        return label.equals("field." + name) ? message : label + ": " + message;
    }
}
