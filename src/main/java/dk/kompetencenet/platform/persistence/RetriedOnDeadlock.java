package dk.kompetencenet.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A transactional method that is run again, as a whole and in a new transaction, when the database broke a deadlock
 * or a serialisation failure by rolling it back ({@link DeadlockRetry}). For writes whose lock order cannot be made the
 * same everywhere; what the method does must be safe to repeat after a rollback (mails, being sent after commit, are).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnDeadlock {
}
