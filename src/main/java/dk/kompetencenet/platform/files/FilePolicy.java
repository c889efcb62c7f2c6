package dk.kompetencenet.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * What a feature accepts as an upload: at most so many bytes, of these types. A refused file is refused before anything
 * is written.
 */
public record FilePolicy(long maxBytes, Set<FileType> allowed) {

    private static final long MB = 1024L * 1024;

    public FilePolicy {
        if (maxBytes <= 0 || allowed.isEmpty()) {
            throw new IllegalArgumentException("A file policy needs a size limit and at least one type");
        }
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
    }

    /** Certificates and similar evidence: PDF, PNG or JPEG, at most 10 MB. */
    public static final FilePolicy DOCUMENTS_AND_IMAGES = new FilePolicy(10 * MB,
            EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG));

    /**
     * The type of the content if this policy accepts it.
     *
     * @throws InvalidInputException for no content, too much, or a type not allowed (by its bytes, whatever its name)
     */
    public FileType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.inField("file", "file.error.empty"));
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        return FileType.of(content).filter(allowed::contains).orElseThrow(() -> new InvalidInputException(
                Problem.inField("file", "file.error.type", allowedNames())));
    }

    /** Reads a stream (a request body) up to the limit, refusing more without reading it all into memory. */
    public byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxMegabytes() {
        return maxBytes / MB;
    }

    /** The allowed types as users know them: "PDF, PNG, JPEG". */
    public String allowedNames() {
        return allowed.stream().sorted().map(FileType::name).collect(Collectors.joining(", "));
    }

    private InvalidInputException tooLarge() {
        return new InvalidInputException(Problem.inField("file", "file.error.tooLarge", maxMegabytes()));
    }
}
