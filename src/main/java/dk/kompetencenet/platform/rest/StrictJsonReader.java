package dk.kompetencenet.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;

/**
 * Reads every JSON request body of the API: malformed JSON is refused with its line and column, a value of the wrong
 * kind with its field ({@link JsonShape}), before JSON-B binds the rest. An empty body is null, for
 * {@link Requests#body}. Registered as the application's own reader, so JAX-RS prefers it to the built-in one.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "text/json", "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String text = Utf8.decode(entityStream.readAllBytes(), "api.error.json.encoding");
        if (text.isBlank()) {
            return null;
        }
        List<Problem> problems;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            problems = JsonShape.problems(parser, genericType);
            if (problems.isEmpty() && parser.hasNext()) {
                parser.next();
                throw new JsonParsingException("trailing content", parser.getLocation());
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(Problem.atLine((int) at.getLineNumber(), "api.error.json.syntax",
                    String.valueOf(at.getLineNumber()), String.valueOf(at.getColumnNumber())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return JSONB.fromJson(text, genericType);
        } catch (JsonbException e) {
            throw new InvalidInputException(Problem.inField("body", "error.badJson"));
        }
    }
}
