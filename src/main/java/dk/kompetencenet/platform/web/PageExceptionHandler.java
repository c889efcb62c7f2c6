package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import dk.kompetencenet.platform.ConcurrentChangeException;
import dk.kompetencenet.platform.DomainException;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.persistence.LockConflicts;
import dk.kompetencenet.platform.security.AccessDeniedException;

/**
 * The pages' one path for refusals from the services. Access denied and not found become the 403 and 404 pages (or a
 * message in an ajax request); refused input and concurrent changes become messages on the same page, with the user's
 * input kept and nothing saved. Anything else goes on to the error page.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (cause(exception, ViewExpiredException.class) != null && answeredUnusable(context)) {
                events.remove();
                continue;
            }
            DomainException refusal = cause(exception, DomainException.class);
            if (refusal == null && LockConflicts.in(exception)) {
                refusal = new ConcurrentChangeException();
            }
            if (refusal != null && handled(context, refusal)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * A form sent with a view state the server does not know (expired, or tampered with) is the client's error: 400
     * with the "expired" page, which asks to load the page again, instead of a 500 (without its page's nonce:
     * {@link FormNonces}). An ajax request is left to
     * OmniFaces, which shows the same page.
     */
    private static boolean answeredUnusable(FacesContext context) {
        if (context.getPartialViewContext().isAjaxRequest() || context.getExternalContext().isResponseCommitted()) {
            return false;
        }
        try {
            context.getExternalContext().responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private static boolean handled(FacesContext context, DomainException refusal) {
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if ((refusal instanceof AccessDeniedException || refusal instanceof NotFoundException) && !ajax) {
            if (context.getExternalContext().isResponseCommitted()) {
                return false;
            }
            try {
                context.getExternalContext().responseSendError(refusal instanceof NotFoundException ? 404 : 403, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return true;
        }
        if (rendering) {
            return false;
        }
        var locale = Messages.locale();
        if (refusal instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.problem(locale, p), null)));
        } else {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(locale, refusal.key(), refusal.arguments()), null));
        }
        context.validationFailed();
        context.renderResponse();
        return true;
    }

    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
