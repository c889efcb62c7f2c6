package dk.kompetencenet.training.credential.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.training.credential.Credential;
import dk.kompetencenet.training.credential.Credentials;
import dk.kompetencenet.training.credential.OpenBadge;

/**
 * The public verification page of a credential, {@code /verify/<token>}, without login (anyone given the link or the
 * certificate may check it): valid, expired or revoked, with what it certifies, who holds it and who issued it, in
 * the reader's language (Accept-Language; Danish by default); a revocation with its date, not its reason (which may be
 * personal: coordinators see it on their list). An unknown or malformed token gets a 404 page.
 */
@WebServlet(urlPatterns = "/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Credentials credentials;

    @Inject
    private transient OpenBadge badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Requests.locale(request);
        String path = request.getPathInfo();
        Optional<Credential> found = credentials.byToken(path == null ? null : path.substring(1));
        StringBuilder body = new StringBuilder();
        String title;
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            title = Texts.get(locale, "credential.verify.unknown");
            body.append("<h1>").append(html(title)).append("</h1><p>")
                    .append(html(Texts.get(locale, "credential.verify.unknownHelp"))).append("</p>");
        } else {
            Credential c = found.get();
            Credential.Status status = c.statusOn(Credentials.today());
            title = Texts.get(locale, "credential.verify.title");
            DateTimeFormatter dates = DateTimeFormatter.ofPattern(Texts.get(locale, "format.date"), locale);
            body.append("<h1>").append(html(title)).append("</h1>")
                    .append("<p class=\"credential-status credential-").append(status.name().toLowerCase(Locale.ROOT))
                    .append("\" role=\"status\"><strong>").append(html(Texts.get(locale, status.labelKey())))
                    .append("</strong></p><dl>");
            row(body, Texts.get(locale, "credential.verify.holder"), c.getEmployee().getFullName());
            row(body, Texts.get(locale, "credential.verify.achievement"),
                    c.getEnrolment().getRun().getProgramme().getName());
            row(body, Texts.get(locale, "credential.verify.issuer"), badges.issuerName());
            row(body, Texts.get(locale, "credential.verify.validFrom"), c.getValidFrom().format(dates));
            if (c.getValidUntil() != null) {
                row(body, Texts.get(locale, "credential.verify.validUntil"), c.getValidUntil().format(dates));
            }
            if (c.isRevoked()) {
                row(body, Texts.get(locale, "credential.verify.revokedOn"),
                        c.getRevokedAt().atZone(Zones.COPENHAGEN).toLocalDate().format(dates));
            }
            body.append("</dl><p>").append(html(Texts.get(locale, "credential.verify.keys"))).append(" <a href=\"")
                    .append(html(request.getContextPath() + OpenBadge.JWKS_PATH)).append("\">JWKS</a></p>");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " – Kompetencenet</title><link rel=\"stylesheet\" href=\""
                + html(request.getContextPath()) + "/resources/css/kompetencenet.css\"></head><body>"
                + "<main id=\"content\" class=\"verify\">" + body + "</main></body></html>");
    }

    private static void row(StringBuilder body, String term, String value) {
        body.append("<dt>").append(html(term)).append("</dt><dd>").append(html(value)).append("</dd>");
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
