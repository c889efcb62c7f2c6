package dk.kompetencenet.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;

/**
 * Checks every JSON request body of the API before JSON-B binds it: malformed JSON is refused with its line and column,
 * a value of the wrong kind with its field ({@link JsonShape}). An interceptor rather than a reader of our own, so it
 * runs whichever reader the runtime then picks.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        Class<?> target = context.getType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                || target == String.class || target == byte[].class || java.io.InputStream.class.isAssignableFrom(target)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String text = Utf8.decode(body, "api.error.json.encoding");
        if (!text.isBlank()) {
            check(text, context);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(String text, ReaderInterceptorContext context) {
        List<Problem> problems;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            problems = JsonShape.problems(parser, context.getGenericType());
            if (problems.isEmpty() && parser.hasNext()) {
                parser.next();
                throw new JsonParsingException("content after the value", parser.getLocation());
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(Problem.atLine((int) at.getLineNumber(), "api.error.json.syntax",
                    String.valueOf(at.getLineNumber()), String.valueOf(at.getColumnNumber())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
