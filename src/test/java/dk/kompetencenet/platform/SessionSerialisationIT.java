package dk.kompetencenet.platform;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/**
 * What a cluster replicates, for real: a coordinator logs in and opens pages whose view-scoped beans hold entities,
 * records and schedule models; then every attribute of the HTTP sessions made meanwhile (Weld's session-scoped beans,
 * Mojarra's view-scoped beans and page state, the login) goes through Java serialisation and back, as Payara Micro's
 * data grid does with a distributable session. The sessions are caught by an observer of CDI's session-initialised
 * event that only this test deployment carries.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSerialisationIT {

    private static final List<String> PAGES = List.of("/overview/board.xhtml", "/overview/municipality.xhtml",
            "/competence/frameworks.xhtml", "/competence/rounds.xhtml", "/meeting/calendar.xhtml",
            "/strategy/strategy.xhtml", "/strategy/documents.xhtml", "/organisation/institutions.xhtml",
            "/practice/experiments.xhtml", "/followup/index.xhtml");

    @ArquillianResource
    private URL base;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Test
    void aLoggedInSessionWithViewScopedBeansSurvivesJavaSerialisation() throws Exception {
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        List<HttpSession> made;
        SessionsMade.start();
        try {
            Http pages = Http.loggedIn(base.toString(), coordinator, PASSWORD);
            for (String page : PAGES) {
                assertEquals(200, pages.get(page).status(), page);
            }
        } finally {
            made = SessionsMade.stop();
        }

        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (HttpSession session : made) {
            List<String> attributes;
            try {
                attributes = Collections.list(session.getAttributeNames());
            } catch (IllegalStateException invalidated) {
                continue; // the login replaces the anonymous session
            }
            for (String name : attributes) {
                names.add(name);
                try {
                    roundTrip(session.getAttribute(name));
                } catch (IOException | ClassNotFoundException | RuntimeException e) {
                    problems.add(name + ": " + e);
                }
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("activeViewMaps")), "view-scoped beans in " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("WELD_S")), "session-scoped beans in " + names);
        assertEquals(List.of(), problems, "session attributes that Java serialisation refuses");
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ApplicationObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    /** Resolves classes through the application's class loader, as the server's session store does. */
    private static final class ApplicationObjectInputStream extends ObjectInputStream {

        ApplicationObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass type) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(type);
            }
        }
    }

    /** Keeps the HTTP sessions created while a test listens; only the test deployment has this bean. */
    @ApplicationScoped
    static class SessionsMade {

        private static volatile Map<String, HttpSession> listening;

        static void start() {
            listening = new ConcurrentHashMap<>();
        }

        static List<HttpSession> stop() {
            List<HttpSession> made = List.copyOf(listening.values());
            listening = null;
            return made;
        }

        void created(@Observes @Initialized(SessionScoped.class) HttpSession session) {
            Map<String, HttpSession> sessions = listening;
            if (sessions != null) {
                sessions.put(session.getId(), session);
            }
        }
    }
}
