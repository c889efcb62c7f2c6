package dk.kompetencenet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One backup at a time: a second one while the first runs is refused with a message (409 in the API). */
class BackupGateTest {

    @TempDir
    Path backups;

    @Test
    void aSecondBackupWhileOneRunsIsRefusedAndTheNextAfterwardsMayRun() throws Exception {
        BackupGate gate = new BackupGate();
        try (BackupGate.Pass first = gate.enter(backups)) {
            assertThat(gate.isBusy()).isTrue();
            assertThatThrownBy(() -> gate.enter(backups)).isInstanceOfSatisfying(BackupInProgressException.class,
                    e -> assertThat(e.key()).isEqualTo("backups.running"));
            assertThat(gate.isBusy()).as("the refused one does not open the gate").isTrue();
        }
        assertThat(gate.isBusy()).isFalse();
        try (BackupGate.Pass again = gate.enter(backups)) {
            assertThat(gate.isBusy()).isTrue();
        }
    }

    @Test
    void anotherServerOnTheSameBackupFolderIsRefusedToo() throws Exception {
        BackupGate here = new BackupGate();
        BackupGate there = new BackupGate(); // a second server would hold its own gate, sharing only the folder
        try (BackupGate.Pass first = here.enter(backups)) {
            assertThatThrownBy(() -> there.enter(backups)).isInstanceOf(BackupInProgressException.class);
            assertThat(there.isBusy()).isFalse();
        }
    }

    @Test
    void foldersAreNamedForTheUtcTimeAndNeverReused() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-12-05T18:45:12.345Z");
        Path first = BackupFolders.create(backups, at);
        Path second = BackupFolders.create(backups, at);
        assertThat(first.getFileName()).hasToString("2026-12-05T184512");
        assertThat(second.getFileName()).hasToString("2026-12-05T184512-2");
        assertThat(BackupFolders.list(backups)).extracting(p -> p.getFileName().toString())
                .containsExactly("2026-12-05T184512-2", "2026-12-05T184512");
    }
}
