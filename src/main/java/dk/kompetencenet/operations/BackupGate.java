package dk.kompetencenet.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets one backup run at a time: within this server (a flag), and among servers or processes sharing the backup folder
 * (an operating-system lock on its {@value #LOCK_FILE}).
 */
final class BackupGate {

    static final String LOCK_FILE = ".backup.lock";

    private final AtomicBoolean open = new AtomicBoolean(true);

    /** A pass through the gate, to be closed when the backup is done. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * @throws BackupInProgressException while another backup runs
     */
    Pass enter(Path root) throws IOException {
        if (!open.compareAndSet(true, false)) {
            throw new BackupInProgressException();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new BackupInProgressException();
            }
            FileChannel held = channel;
            return () -> {
                try {
                    lock.release();
                    held.close();
                } catch (IOException ignored) {
                    // closing the channel releases the lock anyway
                } finally {
                    open.set(true);
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            open.set(true);
            if (e instanceof OverlappingFileLockException) {
                throw new BackupInProgressException();
            }
            throw e;
        }
    }

    boolean isBusy() {
        return !open.get();
    }
}
