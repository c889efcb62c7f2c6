package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Texts;

/** A file uploaded through a form, read whole once it is known to be there and not too large. */
public final class Uploads {

    private Uploads() {
    }

    /** A bad line of a refused file (or a problem with no line), as the pages' error tables show it. */
    public record LineError(Integer line, String message) implements Serializable {
    }

    /** Every problem of a refused file, in the view's language. */
    public static List<LineError> lineErrors(InvalidInputException refused) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return refused.problems().stream()
                .map(p -> new LineError(p.line(), Texts.get(locale, p.key(), p.arguments().toArray()))).toList();
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
