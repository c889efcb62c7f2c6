package dk.kompetencenet.platform.rest;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.WarFiles;

/**
 * A corpus of bad input against every JSON endpoint and every numeric or yes/no query parameter of the API, found by
 * reflection over the WAR's JAX-RS resources, so that a new endpoint is covered without a change here. A value of the
 * wrong kind is a 400 naming its field; malformed JSON a 400 with its line; NUL and other control characters, 10,000
 * characters, dates in year 1 or 9999 and formula starts are never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class ApiCorpusIT {

    private static final String JSON = "application/json";
    private static final List<JsonValue> TEXTS = List.of(Json.createValue("a\u0000b"), Json.createValue("a\u001bb\u0007"),
            Json.createValue("x".repeat(10_000)), Json.createValue("=HYPERLINK(\"http://x\")"),
            Json.createValue("@SUM(A1)"));
    private static final List<JsonValue> DATES = List.of(Json.createValue("0001-01-01"), Json.createValue("9999-12-31"));
    private static final List<JsonValue> TIMES = List.of(Json.createValue("0001-01-01T10:00"),
            Json.createValue("9999-12-31T10:00"));

    @ArquillianResource
    private URL base;

    @Inject
    private ServletContext servlet;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Http api;

    record Endpoint(String verb, String path, Method method, Class<?> body) {
    }

    @BeforeEach
    void anAdministratorAndCoordinator() {
        api = Http.basic(base.toString(), anEmployee().createWithAccount(employees, accounts, Role.ADMIN,
                Role.COORDINATOR), PASSWORD);
    }

    @Test
    void aValueOfTheWrongKindInAnyJsonBodyIsA400NamingItsFieldAndMalformedJsonOneNamingItsLine() {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.stream().filter(e -> e.body() != null).count() > 30, endpoints.toString());
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e.body() == null) {
                continue;
            }
            Http.Response broken = send(e, "{\"a\": \n");
            if (broken.status() != 400 || !broken.body().contains("\"line\":2")) {
                wrong.add(e.verb() + " " + e.path() + " malformed -> " + broken.status() + " " + broken.body());
            }
            for (RecordComponent c : e.body().getRecordComponents()) {
                JsonValue bad = wrongKind(c.getType());
                Http.Response answer = send(e, Json.createObjectBuilder().add(c.getName(), bad).build().toString());
                if (answer.status() != 400 || !answer.body().contains("\"field\":\"" + c.getName() + "\"")) {
                    wrong.add(e.verb() + " " + e.path() + " " + c.getName() + "=" + bad + " -> " + answer.status()
                            + " " + answer.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void controlCharactersLongTextsFormulasAndYearOneOr9999AreNeverA500() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.body() == null) {
                continue;
            }
            for (RecordComponent c : e.body().getRecordComponents()) {
                for (JsonValue bad : corpus(c.getType())) {
                    Http.Response answer = send(e, Json.createObjectBuilder().add(c.getName(), bad).build().toString());
                    if (answer.status() >= 500) {
                        wrong.add(e.verb() + " " + e.path() + " " + c.getName() + " -> " + answer.status() + " "
                                + answer.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aQueryNumberOrYesNoThatIsNoneIsA400NamingTheParameter() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (!e.verb().equals("GET")) {
                continue;
            }
            for (Parameter p : e.method().getParameters()) {
                QueryParam name = p.getAnnotation(QueryParam.class);
                if (name != null && Set.of(int.class, long.class, boolean.class, Integer.class, Long.class,
                        Boolean.class).contains(p.getType())) {
                    Http.Response answer = api.get(e.path() + "?" + name.value() + "=abc");
                    if (answer.status() != 400 || !answer.body().contains("\"field\":\"" + name.value() + "\"")) {
                        wrong.add(e.path() + "?" + name.value() + "=abc -> " + answer.status());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private Http.Response send(Endpoint e, String body) {
        return e.verb().equals("PUT") ? api.put(e.path(), JSON, body) : api.post(e.path(), JSON, body);
    }

    private static JsonValue wrongKind(Class<?> type) {
        if (type == String.class) {
            return Json.createValue(42);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Json.createValue("ja");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return Json.createValue("5");
        }
        if (type == LocalDate.class || type == LocalDateTime.class) {
            return Json.createValue("2026-13-01");
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Json.createValue("x");
        }
        if (Map.class.isAssignableFrom(type)) {
            return Json.createArrayBuilder().add(1).build();
        }
        return JsonValue.TRUE;
    }

    private static List<JsonValue> corpus(Class<?> type) {
        if (type == String.class) {
            return TEXTS;
        }
        if (type == LocalDate.class) {
            return DATES;
        }
        if (type == LocalDateTime.class) {
            return TIMES;
        }
        if (type == Integer.class || type == int.class) {
            return List.of(Json.createValue(-1), Json.createValue(Integer.MAX_VALUE));
        }
        if (type == Long.class || type == long.class) {
            return List.of(Json.createValue(-1), Json.createValue(999_999_999_999L));
        }
        return List.of();
    }

    /** Every resource method of the WAR, its path with path parameters filled in, and its JSON body's record type. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources("/WEB-INF/classes/")) {
            String root = "/api/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = filled(root + (sub == null ? "" : "/" + sub.value().replaceAll("^/", "")));
                Consumes consumes = m.getAnnotation(Consumes.class);
                Class<?> body = consumes != null && List.of(consumes.value()).contains(JSON) ? jsonBody(m) : null;
                endpoints.add(new Endpoint(verb, path, m, body));
            }
        }
        return endpoints;
    }

    /**
     * The path with each template filled: an id 1, a time for an occurrence, a value its pattern takes (nothing, for
     * an optional suffix such as {@code {format: (\\.csv)?}}).
     */
    private static String filled(String template) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        StringBuilder inside = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                inside.setLength(0);
            } else if (c == '}' && --depth == 0) {
                path.append(value(inside.toString()));
            } else if (depth > 0) {
                inside.append(c);
            } else {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static String value(String parameter) {
        String[] parts = parameter.split(":", 2);
        if (parts[0].trim().equals("originalStart")) {
            return "2027-03-01T10:00";
        }
        String regex = parts.length > 1 ? parts[1].trim() : "[^/]+";
        return java.util.stream.Stream.of("1", regex.split("\\|")[0], "a".repeat(32), "")
                .filter(v -> v.matches(regex)).findFirst().orElse("1");
    }

    private static Class<?> jsonBody(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotations().length == 0 && p.getType().isRecord()) {
                return p.getType();
            }
        }
        return null;
    }

    private List<Class<?>> resources(String folder) {
        List<Class<?>> found = new ArrayList<>();
        for (String path : WarFiles.under(servlet, folder)) {
            if (path.endsWith("Resource.class") && path.contains("/rest/")) {
                String name = path.substring(folder.length(), path.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }
}
