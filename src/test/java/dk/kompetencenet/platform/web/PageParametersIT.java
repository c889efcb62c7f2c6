package dk.kompetencenet.platform.web;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.WarFiles;

/**
 * Every page with view parameters, found in the WAR itself (so a new page is covered without a change here), opened by
 * an administrator with each parameter unreadable ({@code abc}), an id that names nothing, a number too large for an
 * id, and a NUL: each is a 404 (or a 400), never a page rendered empty or a blank "new" form (200), never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class PageParametersIT {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
    /**
     * Free text or a value a page reads as its own: a search, where to go after login, a document kind the page names
     * as unknown and drops (HardeningIT), which problem single sign-on came back with (the login page names only
     * those it knows).
     */
    private static final Set<String> FREE = Set.of("q", "continue", "lacking", "sso");
    private static final List<String> BAD = List.of("abc", "999999999", "99999999999999999999", "-1", "%00");

    @ArquillianResource
    private URL base;

    @Inject
    private ServletContext servlet;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Test
    void everyPageAnswersABadOrUnknownParameterWith404NeverAnEmptyPageOrA500() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN, Role.COORDINATOR);
        Http browser = Http.loggedIn(base.toString(), admin, PASSWORD);
        Map<String, List<String>> pages = pagesWithParameters();
        assertTrue(pages.size() > 20, "pages found in the WAR: " + pages.keySet());
        List<String> wrong = new ArrayList<>();
        pages.forEach((page, parameters) -> {
            for (String parameter : parameters) {
                for (String bad : BAD) {
                    if (bad.equals("%00") && !parameter.equals("id")) {
                        continue;
                    }
                    String url = page + "?" + parameter + "=" + (bad.startsWith("%") ? bad
                            : URLEncoder.encode(bad, StandardCharsets.UTF_8));
                    int status = browser.get(url).status();
                    if (status != 404 && status != 400) {
                        wrong.add(url + " -> " + status);
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFormSentWithAViewStateTamperedWithIsA400WithThePageThatAsksToLoadItAgain() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN);
        Http browser = Http.loggedIn(base.toString(), admin, PASSWORD);
        Http.Response page = browser.get("/admin/accounts.xhtml");
        assertEquals(200, page.status(), page.body());
        Http.Response sent = browser.postForm("/admin/accounts.xhtml", Map.of("jakarta.faces.ViewState",
                "-123456789:987654321", "accounts", "accounts"));
        assertEquals(400, sent.status(), sent.body());
        assertTrue(sent.body().contains("Hent siden igen"), sent.body());
    }

    @Test
    void aFormSentWithoutThePagesNonceIsA400NotA500() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN);
        Http browser = Http.loggedIn(base.toString(), admin, PASSWORD);
        Http.Response page = browser.get("/admin/accounts.xhtml");
        assertEquals(200, page.status(), page.body());
        Http.Response sent = browser.postForm("/admin/accounts.xhtml", Map.of("jakarta.faces.ViewState",
                page.viewState(), "accounts", "accounts", "primefaces.nonce", "forged"));
        assertEquals(400, sent.status(), sent.body());
        assertTrue(sent.body().contains("Hent siden igen"), sent.body());
    }

    @Test
    void aNulInAnyParameterOrFormFieldIsA400BeforeItReachesASearchOrTheDatabase() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN, Role.COORDINATOR);
        Http browser = Http.loggedIn(base.toString(), admin, PASSWORD);
        assertEquals(400, browser.get("/strategy/documents.xhtml?q=a%00b").status());
        Http.Response page = browser.get("/organisation/employees.xhtml");
        assertEquals(200, page.status(), page.body());
        Http.Response sent = browser.postForm("/organisation/employees.xhtml", Map.of("jakarta.faces.ViewState",
                page.viewState(), "employees", "employees", "employees:text", "a\u0000b"));
        assertEquals(400, sent.status(), sent.body());
        Http.Response api = Http.basic(base.toString(), admin, PASSWORD).get("/api/employees?q=a%00b");
        assertEquals(400, api.status(), api.body());
        assertTrue(api.json().getString("message").contains("q"), api.body());
        assertEquals(200, browser.get("/strategy/documents.xhtml?q=Birkely%C3%A6").status(), "other text still works");
    }

    @Test
    void formsTakeTheirMaxlengthFromTheEntitysColumn() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN, Role.COORDINATOR);
        Http browser = Http.loggedIn(base.toString(), admin, PASSWORD);
        Map<String, String> expected = Map.of("/organisation/employee.xhtml", "maxlength=\"254\"",
                "/organisation/institution.xhtml", "maxlength=\"4\"", "/meeting/network-edit.xhtml",
                "maxlength=\"4000\"", "/competence/rounds.xhtml", "maxlength=\"200\"",
                "/competence/frameworks.xhtml", "maxlength=\"40\"");
        assertEquals(200, browser.get("/competence/grid.xhtml").status(), "the grid opens with its defaults");
        expected.forEach((page, maxlength) -> {
            Http.Response answer = browser.get(page);
            assertEquals(200, answer.status(), page + ": " + answer.body());
            assertTrue(answer.body().contains(maxlength), page + " lacks " + maxlength);
        });
    }

    private Map<String, List<String>> pagesWithParameters() {
        Map<String, List<String>> pages = new TreeMap<>();
        for (String path : WarFiles.under(servlet, "/")) {
            if (!path.endsWith(".xhtml") || path.startsWith("/WEB-INF") || path.startsWith("/resources")) {
                continue;
            }
            List<String> parameters = new ArrayList<>();
            Matcher m = VIEW_PARAM.matcher(WarFiles.read(servlet, path));
            while (m.find()) {
                if (!FREE.contains(m.group(1))) {
                    parameters.add(m.group(1));
                }
            }
            if (!parameters.isEmpty()) {
                pages.put(path, parameters);
            }
        }
        return pages;
    }
}
