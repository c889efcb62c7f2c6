package dk.kompetencenet.platform.rest;

import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Message;

/**
 * Checks the numbers and yes/no values in a request's query before JAX-RS converts them: a value that is not one is a
 * 400 naming the parameter. JAX-RS itself answers {@code ?first=abc} with a bare 404, and reads {@code ?shared=ja} as
 * false. Every resource method's {@code @QueryParam} of such a type is covered by its declaration alone.
 */
@Provider
public class QueryParameterTypes implements ContainerRequestFilter {

    private static final Predicate<String> WHOLE = v -> v.matches("-?\\d{1,18}");
    private static final Map<Class<?>, Predicate<String>> RULES = Map.of(
            int.class, v -> WHOLE.test(v) && fits(v, Integer.MIN_VALUE, Integer.MAX_VALUE),
            Integer.class, v -> WHOLE.test(v) && fits(v, Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, WHOLE, Long.class, WHOLE,
            boolean.class, v -> v.equals("true") || v.equals("false"),
            Boolean.class, v -> v.equals("true") || v.equals("false"));

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        var query = request.getUriInfo().getQueryParameters();
        for (Parameter p : resource.getResourceMethod().getParameters()) {
            QueryParam name = p.getAnnotation(QueryParam.class);
            Predicate<String> rule = RULES.get(p.getType());
            if (name == null || rule == null) {
                continue;
            }
            for (String value : query.getOrDefault(name.value(), List.of())) {
                if (!rule.test(value.trim())) {
                    String kind = p.getType() == boolean.class || p.getType() == Boolean.class ? "boolean" : "whole";
                    throw new InvalidInputException(Problem.inField(name.value(), "api.error.parameter", name.value(),
                            Message.of("api.json.kind." + kind), value));
                }
            }
        }
    }

    private static boolean fits(String value, long min, long max) {
        long n = Long.parseLong(value);
        return n >= min && n <= max;
    }
}
