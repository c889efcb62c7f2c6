package dk.kompetencenet.meeting.rest;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.meeting.FeedCache;
import dk.kompetencenet.meeting.FeedCopy;

/**
 * Serves a calendar feed's kept copy straight from memory, before JAX-RS: a poll then costs about what a static file
 * does. Anything else (no copy kept today, an unknown or revoked token, HEAD) goes on to {@link FeedResource}, which
 * renders the copy or answers 404 the API's way. Both answer with the same headers and the same rule for 304
 * ({@link FeedCopy#unchangedFor}).
 */
@WebFilter(filterName = "FeedFilter", urlPatterns = "/api/feeds/*")
public class FeedFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/api/feeds/(" + FeedResource.TOKEN + ")\\.ics");

    @Inject
    private transient FeedCache feeds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        FeedCopy copy = "GET".equals(request.getMethod()) && path.matches() ? feeds.kept(path.group(1)) : null;
        if (copy == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", copy.etag());
        response.setDateHeader("Last-Modified", copy.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", FeedResource.CACHE_CONTROL);
        if (copy.unchangedFor(request.getHeader("If-None-Match"),
                FeedResource.ifModifiedSince(request.getHeader("If-Modified-Since")))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(FeedResource.TYPE);
        response.setHeader("Content-Disposition", FeedResource.DISPOSITION);
        response.setContentLength(copy.bytes().length);
        response.getOutputStream().write(copy.bytes());
    }
}
