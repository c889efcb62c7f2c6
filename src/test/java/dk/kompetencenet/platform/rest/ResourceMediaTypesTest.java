package dk.kompetencenet.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.CompiledClasses;

/**
 * A body the API reads is one a cross-site HTML form cannot send: every resource method that takes a request body
 * declares what it consumes ({@code @Consumes} on it or its class), and none of that is {@code text/plain},
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or a wildcard (the three types a form may
 * send without the browser asking first). Anything else is refused by JAX-RS with 415, answered in the API's error body
 * ({@link UnexpectedExceptionMapper}).
 */
class ResourceMediaTypesTest {

    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data", "*/*", "text/*", "application/*", "multipart/*");
    private static final List<Class<? extends Annotation>> WRITES = List.of(POST.class, PUT.class, PATCH.class,
            DELETE.class);
    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Test
    void everyMethodReadingABodyDeclaresTypesNoCrossSiteFormCanSend() {
        List<Class<?>> resources = CompiledClasses.ofApplication().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).toList();
        assertThat(resources).as("resources found").hasSizeGreaterThan(15);

        List<String> problems = new ArrayList<>();
        int bodies = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (WRITES.stream().noneMatch(method::isAnnotationPresent) || !readsBody(method)) {
                    continue;
                }
                bodies++;
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                String name = resource.getSimpleName() + "." + method.getName();
                if (consumes == null) {
                    problems.add(name + " reads a body without @Consumes");
                    continue;
                }
                Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                        .map(v -> v.split(";")[0].strip().toLowerCase(Locale.ROOT))
                        .filter(FORM_TYPES::contains)
                        .forEach(type -> problems.add(name + " consumes " + type + ", which a cross-site form can send"));
            }
        }
        assertThat(bodies).as("methods reading a body").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    private static boolean readsBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (NOT_BODY.stream().noneMatch(parameter::isAnnotationPresent)) {
                return true;
            }
        }
        return false;
    }
}
