package dk.kompetencenet.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/** Installs {@link PageExceptionHandler} in front of OmniFaces' handler for unexpected errors in ajax requests. */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
