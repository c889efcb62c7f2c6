package dk.kompetencenet.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The claim that lets one node of several take a due snapshot: two transactions claiming the same (job, period) at
 * once, each then taking a snapshot, give exactly one snapshot; the other learns that the job was taken. A claim rolled
 * back (a node stopped half-way) leaves the period free.
 */
@ExtendWith(ArquillianExtension.class)
class SnapshotClaimIT {

    @Inject
    private JobClaims claims;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private Instance<RequestContextController> requestContexts;

    @Test
    void twoNodesClaimingTheSameDuePeriodAtOnceTakeExactlyOneSnapshot() throws Exception {
        String period = "it-" + UUID.randomUUID();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Optional<Long>> node = () -> {
            together.await(30, TimeUnit.SECONDS);
            RequestContextController requestContext = requestContexts.get();
            requestContext.activate();
            transaction.begin();
            try {
                claims.claim("snapshot.IT", period);
                IndicatorSnapshot taken = SystemAccess.call(() -> snapshots.take(SnapshotKind.ON_DEMAND, period));
                transaction.commit();
                return Optional.of(taken.getId());
            } catch (JobClaims.Taken e) {
                transaction.rollback();
                return Optional.empty();
            } finally {
                requestContext.deactivate();
            }
        };

        List<Future<Optional<Long>>> nodes = List.of(executor.submit(node), executor.submit(node));
        List<Optional<Long>> results = new ArrayList<>();
        for (Future<Optional<Long>> result : nodes) {
            results.add(result.get(2, TimeUnit.MINUTES));
        }

        assertEquals(1, results.stream().filter(Optional::isPresent).count(), "one node took it: " + results);
        assertEquals(1, SystemAccess.call(() -> snapshots.snapshots()).stream()
                .filter(s -> s.getLabel().equals(period)).count(), "exactly one snapshot");
    }

    @Test
    void aClaimRolledBackLeavesThePeriodFreeAndACommittedOneKeepsIt() throws Exception {
        String period = "it-" + UUID.randomUUID();
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        claims.claim("snapshot.IT", period);
        transaction.rollback();

        transaction.begin();
        claims.claim("snapshot.IT", period);
        transaction.commit();

        transaction.begin();
        try {
            assertThrows(JobClaims.Taken.class, () -> claims.claim("snapshot.IT", period));
        } finally {
            transaction.rollback();
        }
    }
}
