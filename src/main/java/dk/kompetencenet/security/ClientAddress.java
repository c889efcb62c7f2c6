package dk.kompetencenet.security;

import java.util.Set;

/** The address a request comes from, believing X-Forwarded-For only from a trusted proxy. */
final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The peer's address; if the peer is a trusted proxy and sent X-Forwarded-For, the last address in it (the one
     * the proxy itself added: those before it are the client's own claims).
     */
    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? peer : last;
    }
}
