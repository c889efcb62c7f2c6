package dk.kompetencenet.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under /api, with the same accounts as the pages (HTTP Basic) or an API token of one (Bearer), described
 * at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Kompetencenet API", version = "1",
                description = "Strategy, organisation and competence data of Kompetencenet. HTTP Basic with a Kompetencenet"
                        + " account, or one of its API tokens as Authorization: Bearer <token> (a read-only token gets"
                        + " 403 for anything but GET, HEAD and OPTIONS)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}
