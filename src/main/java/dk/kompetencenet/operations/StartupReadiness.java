package dk.kompetencenet.operations;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dk.kompetencenet.platform.persistence.BackgroundWork;

/**
 * {@code /health/ready} stays DOWN until start-up has finished: Payara serves {@code /health} while the application is
 * still migrating the schema and loading seed and demo data (a minute or two for the large municipality, generated in
 * the background), and a load balancer should not send users there before that is done. Work that follows start-up
 * (the due snapshots) runs after ready and does not hold it back.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    static final String NAME = "startup";

    @Inject
    private BackgroundWork work;

    @Override
    public HealthCheckResponse call() {
        return work.isReady()
                ? new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty())
                : new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                        Optional.of(Map.<String, Object>of("state", work.state())));
    }
}
