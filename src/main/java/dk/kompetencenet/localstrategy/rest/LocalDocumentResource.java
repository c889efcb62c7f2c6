package dk.kompetencenet.localstrategy.rest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.localstrategy.LocalDocument;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** One institution's register of local strategies and procedures (the municipality's view is {@link DocumentsResource}). */
@Path("institutions/{id: \\d+}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local strategies")
public class LocalDocumentResource {

    @Inject
    private LocalDocumentService documents;

    @Context
    private HttpHeaders headers;

    public record SectionJson(String code, String name, boolean done) {
    }

    public record DocumentJson(String kind, String name, String standing, String status, LocalDate adoptedOn,
                               LocalDate nextReviewOn, Long ownerId, String link, List<SectionJson> sections,
                               Long version) {
    }

    public record DocumentInput(String status, LocalDate adoptedOn, LocalDate nextReviewOn, Long ownerId, String link,
                                List<String> sections, Long version) {
    }

    @GET
    @Operation(summary = "The documents the institution must have, with status, dates, owner, link and checklist")
    public List<DocumentJson> register(@PathParam("id") long id) {
        Locale locale = Requests.locale(headers);
        return documents.register(id).stream().map(e -> json(e, locale)).toList();
    }

    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records one of the institution's documents (leaders of it, coordinators); version is null"
            + " for the first record, else the version read; sections are the codes ticked off")
    public DocumentJson save(@PathParam("id") long id, @PathParam("kind") String kind, DocumentInput input) {
        Requests.body(input);
        DocumentStatus status = QueryParameters.optionalEnum(DocumentStatus.class, "status", input.status());
        documents.save(id, kind, input.version(), new LocalDocument.Details(status, input.adoptedOn(),
                input.nextReviewOn(), input.link()), input.ownerId(),
                new HashSet<>(input.sections() == null ? List.of() : input.sections()));
        return json(documents.entry(id, kind), Requests.locale(headers));
    }

    private static DocumentJson json(LocalDocumentService.Entry e, Locale locale) {
        LocalDocument d = e.document();
        List<SectionJson> sections = e.kind().getSections().stream()
                .map(s -> new SectionJson(s.getCode(), s.name(locale), d != null && d.isDone(s))).toList();
        return new DocumentJson(e.kind().getKey(), e.kind().name(locale),
                e.standing(LocalDate.now(Zones.COPENHAGEN)).name(), d == null ? null : d.getStatus().name(),
                d == null ? null : d.getAdoptedOn(), d == null ? null : d.getNextReviewOn(),
                d == null || d.getOwner() == null ? null : d.getOwner().getId(), d == null ? null : d.getLink(),
                sections, d == null ? null : d.getVersion());
    }
}
