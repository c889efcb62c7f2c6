package dk.kompetencenet.operations;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dk.kompetencenet.platform.persistence.DatabaseReady;

/**
 * {@code /health/ready} stays DOWN until start-up has finished: Payara serves {@code /health} while the application is
 * still migrating the schema and loading seed and demo data (a minute for the large municipality), and a load balancer
 * should not send users there before that is done.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    static final String NAME = "startup";

    private volatile boolean started;

    void started(@Observes @Priority(DatabaseReady.STARTED) DatabaseReady ready) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return started
                ? new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty())
                : new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                        Optional.of(Map.<String, Object>of("state", "migrating the schema and loading seed data")));
    }
}
