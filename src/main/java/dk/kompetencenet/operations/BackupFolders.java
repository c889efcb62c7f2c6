package dk.kompetencenet.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The backup folders under {@code kompetencenet.backup.dir}: one per backup, named for its UTC start time. */
final class BackupFolders {

    private static final Logger LOG = Logger.getLogger(BackupFolders.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss")
            .withZone(ZoneOffset.UTC);
    static final Pattern NAME_PATTERN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?");

    private BackupFolders() {
    }

    /** Makes a new folder named for the time, e.g. {@code 2026-12-05T184512} (with {@code -2} etc. if taken). */
    static Path create(Path root, Instant at) throws IOException {
        Files.createDirectories(root);
        String base = NAME.format(at);
        for (int n = 1; ; n++) {
            Path folder = root.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException taken) {
                // the same second again: try the next suffix
            }
        }
    }

    /** The backup folders, newest first. */
    static List<Path> list(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> NAME_PATTERN.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of what a backup folder holds (its manifest left out). */
    static List<String> entries(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Backup.MANIFEST)).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Bytes of every file in the folder and below. */
    static long size(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(BackupFolders::sizeOf).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Removes a failed backup's folder, so that nobody restores half a backup. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not remove the failed backup " + folder + "; it is marked incomplete", e);
        }
    }
}
