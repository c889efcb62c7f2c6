package dk.kompetencenet.platform.rest;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Message;

/**
 * Walks a JSON document beside the Java type it is to become and lists every value of the wrong kind, by field and
 * place: {@code "shared": "ja"} for a boolean, {@code "quantity": "5"} or {@code 2.5} for a whole number, a number for
 * text, {@code "2026-13-01"} for a date. JSON-B (Yasson) would quietly turn some of these into {@code false} or a
 * number; here they are refused before binding. A NUL in any text is refused too: no one means it, and PostgreSQL
 * refuses it even as a query parameter. Fields the type does not have are left alone.
 */
final class JsonShape {

    private static final Map<Class<?>, long[]> WHOLE = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

    private static final Map<Class<?>, Function<String, ?>> DATES = Map.of(
            LocalDate.class, LocalDate::parse, LocalDateTime.class, LocalDateTime::parse,
            LocalTime.class, LocalTime::parse, Instant.class, Instant::parse, OffsetDateTime.class, OffsetDateTime::parse);

    private final JsonParser parser;
    private final List<Problem> problems = new ArrayList<>();

    private JsonShape(JsonParser parser) {
        this.parser = parser;
    }

    /** Every value of the wrong kind in the document the parser stands before, for the given type. */
    static List<Problem> problems(JsonParser parser, Type type) {
        JsonShape shape = new JsonShape(parser);
        if (parser.hasNext()) {
            shape.value(parser.next(), type, "");
        }
        return shape.problems;
    }

    private void value(Event event, Type type, String field) {
        Class<?> raw = raw(type);
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            skip(event);
            return;
        }
        switch (event) {
            case START_OBJECT -> object(type, raw, field);
            case START_ARRAY -> array(type, raw, field);
            case VALUE_STRING -> string(raw, field);
            case VALUE_NUMBER -> number(raw, field);
            case VALUE_TRUE, VALUE_FALSE -> expect(raw == boolean.class || raw == Boolean.class, raw, field,
                    parser.getLocation(), String.valueOf(event == Event.VALUE_TRUE));
            case VALUE_NULL -> expect(!raw.isPrimitive(), raw, field, parser.getLocation(), "null");
            default -> throw new IllegalStateException("Unexpected " + event);
        }
    }

    private void object(Type type, Class<?> raw, String field) {
        JsonLocation at = parser.getLocation();
        boolean map = Map.class.isAssignableFrom(raw);
        if (!map && !raw.isRecord()) {
            expect("object".equals(kind(raw)), raw, field, at, "{...}");
            parser.skipObject();
            return;
        }
        for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
            String key = parser.getString();
            Type member = map ? argument(type, 1) : component(raw, key);
            Event next = parser.next();
            if (member == null) {
                skip(next);
            } else {
                value(next, member, field.isEmpty() ? key : field + "." + key);
            }
        }
    }

    private void array(Type type, Class<?> raw, String field) {
        if (!Collection.class.isAssignableFrom(raw) && !raw.isArray()) {
            expect(false, raw, field, parser.getLocation(), "[...]");
            parser.skipArray();
            return;
        }
        Type element = raw.isArray() ? elementOfArray(type, raw) : argument(type, 0);
        int index = 0;
        for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
            value(e, element, field + "[" + index++ + "]");
        }
    }

    private void string(Class<?> raw, String field) {
        JsonLocation at = parser.getLocation();
        String text = parser.getString();
        if (text.indexOf('\u0000') >= 0) {
            problems.add(new Problem((int) at.getLineNumber(), name(field), "text.error.controlCharacters", List.of()));
            return;
        }
        Function<String, ?> date = DATES.get(raw);
        if (date != null) {
            try {
                date.apply(text);
            } catch (DateTimeParseException e) {
                problems.add(problem(raw, field, at, quoted(text)));
            }
            return;
        }
        if (raw.isEnum()) {
            expect(java.util.Arrays.stream(raw.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text)),
                    raw, field, at, quoted(text));
            return;
        }
        expect(raw == String.class || raw == char.class || raw == Character.class, raw, field, at, quoted(text));
    }

    private void number(Class<?> raw, String field) {
        JsonLocation at = parser.getLocation();
        BigDecimal number = parser.getBigDecimal();
        long[] range = WHOLE.get(raw);
        if (range != null) {
            boolean whole = parser.isIntegralNumber() || number.stripTrailingZeros().scale() <= 0;
            expect(whole && number.compareTo(BigDecimal.valueOf(range[0])) >= 0
                    && number.compareTo(BigDecimal.valueOf(range[1])) <= 0, raw, field, at, number.toPlainString());
            return;
        }
        expect(raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class, raw, field, at, number.toPlainString());
    }

    private void expect(boolean fits, Class<?> raw, String field, JsonLocation at, String found) {
        if (!fits) {
            problems.add(problem(raw, field, at, found));
        }
    }

    private static String name(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static Problem problem(Class<?> raw, String field, JsonLocation at, String found) {
        String name = name(field);
        Message expected = raw.isEnum() ? Message.of("api.json.kind.oneOf", String.join(", ",
                java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()))
                : Message.of("api.json.kind." + kind(raw));
        return new Problem((int) at.getLineNumber(), name, "api.error.json.type", List.of(name, expected, found, String.valueOf(at.getLineNumber()),
                String.valueOf(at.getColumnNumber())));
    }

    private static String kind(Class<?> raw) {
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (WHOLE.containsKey(raw)) {
            return "whole";
        }
        if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return "number";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        if (DATES.containsKey(raw)) {
            return "dateTime";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "list";
        }
        if (raw == String.class || raw.isEnum() || raw == char.class || raw == Character.class) {
            return "text";
        }
        return "object";
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    private void skip(Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static Type component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getGenericType();
            }
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type elementOfArray(Type type, Class<?> raw) {
        return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }
}
