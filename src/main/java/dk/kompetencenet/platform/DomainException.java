package dk.kompetencenet.platform;

import java.util.List;

/**
 * A refusal the user should read: carries a message key and arguments, translated where it is shown (page or REST), so
 * that services never hold user-facing text.
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public DomainException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
