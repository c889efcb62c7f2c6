package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One GET as a calendar program polls, with one optional request header (If-None-Match, If-Modified-Since). */
public record Poll(int status, String body, HttpResponse<String> response) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public static Poll get(String url, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (header != null) {
            request.header(header, value);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Poll(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String etag() {
        return header("ETag");
    }

    public String lastModified() {
        return header("Last-Modified");
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
