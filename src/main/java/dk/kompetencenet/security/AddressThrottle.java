package dk.kompetencenet.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed logins per client address: after {@code kompetencenet.login.address-attempts} (100 by default) within
 * {@value #WINDOW_MINUTES} minutes of the first, that address may not try again until they have passed. This stops one
 * machine trying a common password on account after account, which the per-account lock ({@link LoginLocks}) does not
 * see. The limit is high because a whole town hall may reach Kompetencenet from one address.
 * <p>
 * The address is the peer's, or, when the peer is one of {@code kompetencenet.http.trusted-proxies} (the load
 * balancer), the last one it added to {@code X-Forwarded-For}; a client's own X-Forwarded-For is never believed.
 * Counted in each node's memory: behind a balancer with N nodes an address gets at most N times the limit.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int WINDOW_MINUTES = 15;

    @Inject
    @ConfigProperty(name = "kompetencenet.login.address-attempts", defaultValue = "100")
    private int attempts;

    @Inject
    @ConfigProperty(name = "kompetencenet.http.trusted-proxies")
    private Optional<String> trustedProxies;

    private Set<String> trusted = Set.of();

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(WINDOW_MINUTES)).build();

    @PostConstruct
    void configure() {
        if (attempts < 1) {
            throw new IllegalStateException("kompetencenet.login.address-attempts must be at least 1, not " + attempts);
        }
        trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** Whether logins from this request's address are refused for now. */
    public boolean blocked(HttpServletRequest request) {
        AtomicInteger count = failures.getIfPresent(address(request));
        return count != null && count.get() >= attempts;
    }

    /** Counts a failed login from this request's address. */
    public void failed(HttpServletRequest request) {
        failures.asMap().computeIfAbsent(address(request), a -> new AtomicInteger()).incrementAndGet();
    }

    /** Where the request comes from: see the class comment. */
    String address(HttpServletRequest request) {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    /** The longest a blocked address waits, for Retry-After. */
    static Duration window() {
        return Duration.ofMinutes(WINDOW_MINUTES);
    }
}
