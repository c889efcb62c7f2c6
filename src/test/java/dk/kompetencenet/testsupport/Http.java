package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * A small HTTP client for tests: as nobody, as an API user with HTTP Basic, or as a browser that logged in through the
 * login form (cookies kept). Redirects are not followed, so that tests see each status.
 */
public final class Http {

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private String acceptLanguage;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final PageNonces nonces = new PageNonces();

    private Http(String base, String authorization) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = authorization;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static Http anonymous(String base) {
        return new Http(base, null);
    }

    public static Http basic(String base, String username, String password) {
        return new Http(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser-like session logged in through the login form; fails the test if the login does not succeed. */
    public static Http loggedIn(String base, String username, String password) {
        Http http = anonymous(base);
        Response form = http.get("/login.xhtml");
        Response result = http.postForm("/login.xhtml", loginFields(username, password, form.viewState()));
        if (result.status() != 302) {
            throw new AssertionError("Login as " + username + " failed: " + result.status());
        }
        return http;
    }

    /** The login form's fields as a browser posts them, for the view state of the login page it was given. */
    public static Map<String, String> loginFields(String username, String password, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("continueTo", "");
        fields.put("submit", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    /** Form fields as application/x-www-form-urlencoded. */
    public static String formBody(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    public Http acceptLanguage(String language) {
        this.acceptLanguage = language;
        return this;
    }

    /** Requests as a load balancer forwards them for a client at this address (X-Forwarded-For). */
    public Http forwardedFor(String address) {
        return header("X-Forwarded-For", address);
    }

    /** Requests as a browser sends them from a page of this origin (Origin). */
    public Http from(String origin) {
        return header("Origin", origin);
    }

    /** A header sent with every request. */
    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** The body of a GET as bytes (a PDF), failing unless the answer is 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + new String(response.body(),
                        StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A form with one file, as a browser posts it (multipart/form-data). */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                  String fileType, byte[] file) {
        Map<String, String> completed = nonces.completed(fields);
        String boundary = "----kompetencenet" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        completed.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Response postForm(String path, Map<String, String> fields) {
        return post(path, "application/x-www-form-urlencoded", formBody(nonces.completed(fields)));
    }

    /** A form with fields of several values too (a multiple select: one pair a value, as a browser sends them). */
    public Response postForm(String path, Map<String, String> fields, Map<String, List<String>> several) {
        List<String> pairs = new ArrayList<>(List.of(formBody(nonces.completed(fields))));
        several.forEach((name, values) -> values.forEach(v -> pairs.add(formBody(Map.of(name, v)))));
        return post(path, "application/x-www-form-urlencoded", String.join("&", pairs));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            nonces.remember(response.body());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String viewState() {
            Matcher m = PageNonces.VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No JSF view state in the page (status " + status + ")");
            }
            return m.group(1);
        }
    }
}
