package dk.kompetencenet.platform.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a {@link RetriedOnDeadlock} method again when its transaction was chosen as a deadlock's victim or failed to
 * serialise, up to {@link #ATTEMPTS} times with a short random pause; after that the failure goes on to the caller, who
 * answers it as a concurrent change (409). It sits outside {@code @Transactional} (a lower priority than the
 * platform's transaction interceptors), so each attempt is a transaction of its own, commit included; called inside a
 * transaction that is already running, it retries nothing (the outer transaction is rolled back whatever happens).
 */
@RetriedOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry {

    static final int ATTEMPTS = 4;

    private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !LockConflicts.isDeadlock(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "Deadlock in {0}, attempt {1}; trying again", new Object[] {
                        invocation.getMethod().getName(), attempt});
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
            }
        }
    }
}
