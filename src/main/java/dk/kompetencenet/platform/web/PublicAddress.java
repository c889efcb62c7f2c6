package dk.kompetencenet.platform.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses for what leaves without a request to take the address from (mails, signed credentials):
 * from {@code kompetencenet.public.url}, without the setting {@code http://localhost:8080}.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "kompetencenet.public.url")
    private Optional<String> publicUrl;

    /** The absolute address of a path from the application's root ({@code /competence/...}). */
    public String of(String path) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse("http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
