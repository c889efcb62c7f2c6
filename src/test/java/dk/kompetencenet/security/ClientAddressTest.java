package dk.kompetencenet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> BALANCER = Set.of("10.1.1.1");

    @Test
    void theForwardedAddressIsBelievedFromTheBalancerOnlyAndOnlyItsLastHop() {
        assertThat(ClientAddress.of("10.1.1.1", "203.0.113.9", BALANCER)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.1.1.1", "1.2.3.4, 203.0.113.9", BALANCER)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.1.1.1", null, BALANCER)).isEqualTo("10.1.1.1");
        assertThat(ClientAddress.of("10.1.1.1", " , ", BALANCER)).isEqualTo("10.1.1.1");
        assertThat(ClientAddress.of("192.0.2.7", "203.0.113.9", BALANCER)).as("a client's own header").isEqualTo("192.0.2.7");
        assertThat(ClientAddress.of("192.0.2.7", "203.0.113.9", Set.of())).isEqualTo("192.0.2.7");
    }
}
