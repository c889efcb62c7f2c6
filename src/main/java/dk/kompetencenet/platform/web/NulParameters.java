package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/**
 * A NUL character in a request's parameters (the query, or a form a page sends) is refused with 400 before it reaches a
 * page or the API: no one means it, and PostgreSQL refuses it even as a query parameter, so a search for
 * {@code a%00b} ended in a 500 there. A page answers with the page that asks to load it again; the API names the
 * parameter. JSON bodies are checked by {@code StrictJson}.
 */
@WebFilter(filterName = "NulParameters", urlPatterns = "/*")
public class NulParameters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> bad = withNul(request);
        if (bad.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ErrorBody.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    Texts.get(Requests.locale(request), "api.error.nul", bad.get()));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The first parameter holding a NUL; a form's fields only where the form is URL-encoded (not a file upload). */
    private static Optional<String> withNul(HttpServletRequest request) throws IOException {
        String query = request.getQueryString();
        boolean form = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (!form && (query == null || !query.toLowerCase(Locale.ROOT).contains("%00"))) {
            return Optional.empty();
        }
        if (request.getCharacterEncoding() == null) {
            // read as the pages send it (JSF would set the same before reading); reading first would fix ISO-8859-1
            request.setCharacterEncoding("UTF-8");
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
                    return Optional.of(parameter.getKey().replace('\u0000', '?'));
                }
            }
        }
        return Optional.empty();
    }
}
