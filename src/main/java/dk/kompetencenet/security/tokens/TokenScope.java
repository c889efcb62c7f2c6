package dk.kompetencenet.security.tokens;

import java.util.Set;

/** What an API token may do: read only (GET, HEAD, OPTIONS), or read and write as its account may. */
public enum TokenScope {
    READ, READ_WRITE;

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether a request with this HTTP method is within the scope. */
    public boolean permits(String method) {
        return this == READ_WRITE || READING.contains(method);
    }

    public String labelKey() {
        return "token.scope." + name();
    }
}
