package dk.kompetencenet.operations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * One backup folder: when it was taken and by whom, how long it took, what it holds ({@code contents}: the folders to
 * copy into a fresh data folder, e.g. {@code kompetencenet-db} and {@code files}) and its size. A folder is complete once
 * its manifest ({@value #MANIFEST}) is written, which is the last step of a backup.
 */
public record Backup(String name, Status status, Instant takenAt, long durationMillis, String database,
                     boolean databaseIncluded, List<String> contents, long files, long bytes, String takenBy) {

    public static final String MANIFEST = "backup.properties";

    /** COMPLETE: manifest written; RUNNING: being taken now; INCOMPLETE: neither (stopped half-way; do not restore). */
    public enum Status {
        COMPLETE, RUNNING, INCOMPLETE;

        public String labelKey() {
            return "backups.status." + name();
        }
    }

    void writeManifest(Path folder) {
        Properties p = new Properties();
        p.setProperty("takenAt", takenAt.toString());
        p.setProperty("durationMillis", Long.toString(durationMillis));
        p.setProperty("database", database);
        p.setProperty("databaseIncluded", Boolean.toString(databaseIncluded));
        p.setProperty("contents", String.join(",", contents));
        p.setProperty("files", Long.toString(files));
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("takenBy", takenBy);
        try (Writer out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.store(out, "Kompetencenet backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup a folder holds, read from its manifest; INCOMPLETE (or RUNNING) where there is none. */
    static Backup read(Path folder, boolean running) {
        String name = folder.getFileName().toString();
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return new Backup(name, running ? Status.RUNNING : Status.INCOMPLETE, null, 0, null, false,
                    entries(folder), 0, running ? 0 : BackupFolders.size(folder), null);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(in);
            return new Backup(name, Status.COMPLETE, Instant.parse(p.getProperty("takenAt")),
                    Long.parseLong(p.getProperty("durationMillis", "0")), p.getProperty("database"),
                    Boolean.parseBoolean(p.getProperty("databaseIncluded")),
                    Arrays.stream(p.getProperty("contents", "").split(",")).filter(s -> !s.isBlank()).toList(),
                    Long.parseLong(p.getProperty("files", "0")), Long.parseLong(p.getProperty("bytes", "0")),
                    p.getProperty("takenBy"));
        } catch (IOException | RuntimeException e) {
            return new Backup(name, Status.INCOMPLETE, null, 0, null, false, entries(folder), 0, 0, null);
        }
    }

    private static List<String> entries(Path folder) {
        return BackupFolders.entries(folder);
    }

    public boolean isComplete() {
        return status == Status.COMPLETE;
    }
}
