package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A form sent without the nonce of the page it came from (PrimeFaces' CSP mode keeps it in the view and its script
 * sends it back as {@value #FIELD}) is refused with 400 and the page that asks to load it again, before anything is
 * applied: PrimeFaces itself would notice only while rendering the answer, and fail with a 500. Ajax requests are left
 * to PrimeFaces and OmniFaces, which show the same page.
 */
public class FormNonces implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String FIELD = "primefaces.nonce";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getResponseComplete() || context.getViewRoot() == null
                || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        Object kept = view == null ? null : view.get(FIELD);
        if (kept == null || Objects.equals(kept, context.getExternalContext().getRequestParameterMap().get(FIELD))) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
