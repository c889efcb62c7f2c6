package dk.kompetencenet.platform.i18n;

import java.util.List;

/**
 * Text to show a user, not yet in a language: a message key and its arguments. An argument may itself be a Message
 * (e.g. the name of a holiday inside a warning); {@link Texts#get(java.util.Locale, Message)} translates it too.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
