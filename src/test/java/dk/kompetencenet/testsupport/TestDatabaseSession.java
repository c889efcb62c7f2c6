package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test run's PostgreSQL before any test class (so that arquillian.xml can name its URL) and stops it after
 * the last; does nothing in a Derby run.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestDatabase.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
