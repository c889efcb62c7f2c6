package dk.kompetencenet.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser adds to a JSF form's post under PrimeFaces' CSP mode: the page's nonce, which PrimeFaces' script puts
 * in a hidden field {@code primefaces.nonce} of every form. Without it PrimeFaces refuses to render the answer to a
 * post ("CSP nonce mismatch"). A client that posts forms as a program remembers each page's nonce by its view state,
 * and completes the fields of a post with the nonce of the view it posts to.
 */
public final class PageNonces {

    /** The name of the hidden field. */
    public static final String FIELD = "primefaces.nonce";

    /** A page's JSF view state. */
    public static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private final Map<String, String> byViewState = new ConcurrentHashMap<>();

    /** The nonce on the page's scripts, or null. */
    public static String of(String page) {
        Matcher nonce = NONCE.matcher(page);
        return nonce.find() ? nonce.group(1) : null;
    }

    /** Remembers the nonce of a page with a form. */
    public void remember(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        String nonce = of(page);
        if (nonce != null && viewState.find()) {
            byViewState.put(viewState.group(1), nonce);
        }
    }

    /** The fields with the nonce of the view they post to, as the page's script adds it. */
    public Map<String, String> completed(Map<String, String> fields) {
        String nonce = byViewState.get(fields.getOrDefault("jakarta.faces.ViewState", ""));
        if (nonce == null || fields.containsKey(FIELD)) {
            return fields;
        }
        Map<String, String> completed = new LinkedHashMap<>(fields);
        completed.put(FIELD, nonce);
        return completed;
    }
}
