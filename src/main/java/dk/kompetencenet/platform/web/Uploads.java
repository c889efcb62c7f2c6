package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.Part;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/** A file uploaded through a form, read whole once it is known to be there and not too large. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(Part file, long maxBytes) {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInputException(Problem.inField("file", "import.error.noFile"));
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidInputException(Problem.inField("file", "import.error.tooLarge", maxBytes / (1024 * 1024)));
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
