package dk.kompetencenet.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

/** Which failures run a call again, how often, and that a call inside a running transaction is never repeated. */
class DeadlockRetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aDeadlockVictimRunsAgainUntilItSucceeds() throws Exception {
        Object result = retry(Status.STATUS_NO_TRANSACTION).retry(invocation(failing(2, "40001")));
        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void aPostgresqlDeadlockRunsAgainButALockTimeoutOrAStaleVersionDoesNot() throws Exception {
        assertEquals("done", retry(Status.STATUS_NO_TRANSACTION).retry(invocation(failing(1, "40P01"))));
        calls.set(0);
        assertThrows(PersistenceException.class,
                () -> retry(Status.STATUS_NO_TRANSACTION).retry(invocation(failing(1, "40XL1"))));
        assertEquals(1, calls.get());
    }

    @Test
    void afterFourAttemptsTheFailureGoesToTheCaller() {
        PersistenceException thrown = assertThrows(PersistenceException.class,
                () -> retry(Status.STATUS_NO_TRANSACTION).retry(invocation(failing(10, "40001"))));
        assertEquals(DeadlockRetry.ATTEMPTS, calls.get());
        assertSame(SQLTransactionRollbackException.class, thrown.getCause().getClass());
    }

    @Test
    void insideARunningTransactionNothingIsRepeated() {
        assertThrows(PersistenceException.class,
                () -> retry(Status.STATUS_ACTIVE).retry(invocation(failing(1, "40001"))));
        assertEquals(1, calls.get());
    }

    /** Work that fails the first {@code times} times with this SQL state, then answers "done". */
    private java.util.concurrent.Callable<Object> failing(int times, String state) {
        return () -> {
            if (calls.incrementAndGet() <= times) {
                throw new PersistenceException(new SQLTransactionRollbackException("conflict", state));
            }
            return "done";
        };
    }

    private static DeadlockRetry retry(int status) throws Exception {
        DeadlockRetry retry = new DeadlockRetry();
        TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                DeadlockRetryTest.class.getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> method.getName().equals("getTransactionStatus") ? status : null);
        Field field = DeadlockRetry.class.getDeclaredField("transactions");
        field.setAccessible(true);
        field.set(retry, registry);
        return retry;
    }

    private static InvocationContext invocation(java.util.concurrent.Callable<Object> work) throws Exception {
        Method method = Object.class.getMethod("toString");
        return (InvocationContext) Proxy.newProxyInstance(DeadlockRetryTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "proceed" -> work.call();
                    case "getMethod" -> method;
                    default -> null;
                });
    }
}
