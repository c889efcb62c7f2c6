package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter that cannot be read ({@code ?institution=abc}, a required id missing) answers 404,
 * as a URL that names nothing: without this, JSF skipped the page's loading and rendered it with nothing loaded, which
 * ended in a 500 or a blank page. Only for opening a page (GET), after its view parameters are validated; a form's
 * own validation messages are untouched.
 */
public class BadViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || context.getResponseComplete()
                || !(context.isValidationFailed() || readAsNothing(context))) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * A parameter sent with a value that its converter reads as nothing ({@code ?id=%00}, only white space or control
     * characters): without this the page treats it as absent and shows, say, a blank "new" form.
     */
    private static boolean readAsNothing(FacesContext context) {
        Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
        return context.getViewRoot() != null && ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .anyMatch(p -> p.getValue() == null && sent.get(p.getName()) != null
                        && !sent.get(p.getName()).isEmpty());
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
