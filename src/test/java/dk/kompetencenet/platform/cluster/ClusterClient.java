package dk.kompetencenet.platform.cluster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.PageNonces;

/**
 * A browser-like HTTP client for the cluster test: full URLs, so that one client (one set of cookies) can talk to the
 * balancer and to each node directly; cookies for 127.0.0.1 go to every port there, as a browser's would to one host
 * name. Bodies stay bytes, so that a download can be compared byte for byte. Redirects are not followed.
 */
final class ClusterClient {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String authorization;
    private final PageNonces nonces = new PageNonces();
    private Reply lastLogin;
    /** The session's token for API writes, read from a page as a page's script would ({@code <meta name="csrf-token">}). */
    private String csrfToken;
    private static final Pattern CSRF = Pattern.compile(
            "<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private ClusterClient(String authorization) {
        this.authorization = authorization;
    }

    static ClusterClient basic(String username, String password) {
        return new ClusterClient("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Logged in through the login form at this address; the session cookie is kept. */
    static ClusterClient loggedIn(String base, String username, String password) {
        ClusterClient browser = new ClusterClient(null);
        Reply form = browser.get(base + "/login.xhtml");
        Reply result = browser.postForm(base + "/login.xhtml", Http.loginFields(username, password, form.viewState()));
        if (result.status() != 302) {
            throw new AssertionError("Login as " + username + " failed: " + result.status() + "\n" + result.text());
        }
        browser.lastLogin = result;
        browser.get(base + "/"); // the start page carries the session's token for API writes
        return browser;
    }

    /** The answer to the login form's post (its X-Served-By names the node that logged the user in). */
    Reply lastLogin() {
        return lastLogin;
    }

    Reply get(String url) {
        return send(request(url).GET());
    }

    Reply postJson(String url, String json) {
        return send(request(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply put(String url, String contentType, byte[] body) {
        return send(request(url).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply postForm(String url, Map<String, String> fields) {
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.formBody(nonces.completed(fields)))));
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        } else if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            nonces.remember(text);
            Matcher token = CSRF.matcher(text);
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    record Reply(int status, byte[] body, Map<String, List<String>> headers) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The balancer's name for the node that answered. */
        String servedBy() {
            return header("X-Served-By");
        }

        String viewState() {
            Matcher m = PageNonces.VIEW_STATE.matcher(text());
            if (!m.find()) {
                throw new AssertionError("No JSF view state in the page (status " + status + ")");
            }
            return m.group(1);
        }
    }
}
