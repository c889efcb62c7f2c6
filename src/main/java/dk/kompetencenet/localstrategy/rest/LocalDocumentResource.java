package dk.kompetencenet.localstrategy.rest;

import java.io.InputStream;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.localstrategy.LocalDocument;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.Downloads;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** One institution's register of local strategies and procedures (the municipality's view is {@link DocumentsResource}). */
@Path("institutions/{id: \\d+}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local strategies")
public class LocalDocumentResource {

    @Inject
    private LocalDocumentService documents;

    @Inject
    private FileStore files;

    @Context
    private HttpHeaders headers;

    public record SectionJson(String code, String name, boolean done) {
    }

    public record FileJson(String name, long size, String sha256) {
    }

    public record DocumentJson(String kind, String name, String standing, String status, LocalDate adoptedOn,
                               LocalDate nextReviewOn, Long ownerId, String link, FileJson file,
                               List<SectionJson> sections, Long version) {
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

    @PUT
    @Path("{kind}/file")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Keeps the document as a PDF (at most 10 MB), replacing any earlier file; the body is the file"
            + " itself. The document must be recorded first; version is the one read (409 if it changed)")
    public DocumentJson attach(@PathParam("id") long id, @PathParam("kind") String kind,
                               @QueryParam("version") String version, @QueryParam("name") String name,
                               InputStream content) {
        long read = Requests.version(QueryParameters.optionalId("version", version));
        documents.attach(id, kind, read, new Upload(name, Requests.upload(content, LocalDocumentService.DOCUMENT_FILES)));
        return json(documents.entry(id, kind), Requests.locale(headers));
    }

    @GET
    @Path("{kind}/file")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Downloads the document's file (for those who may read the institution's register)")
    public Response file(@PathParam("id") long id, @PathParam("kind") String kind) {
        StoredFile file = documents.file(id, kind);
        return Downloads.attachment(file, files.open(file));
    }

    private static DocumentJson json(LocalDocumentService.Entry e, Locale locale) {
        LocalDocument d = e.document();
        List<SectionJson> sections = e.kind().getSections().stream()
                .map(s -> new SectionJson(s.getCode(), s.name(locale), d != null && d.isDone(s))).toList();
        return new DocumentJson(e.kind().getKey(), e.kind().name(locale),
                e.standing(LocalDate.now(Zones.COPENHAGEN)).name(), d == null ? null : d.getStatus().name(),
                d == null ? null : d.getAdoptedOn(), d == null ? null : d.getNextReviewOn(),
                d == null || d.getOwner() == null ? null : d.getOwner().getId(), d == null ? null : d.getLink(),
                d == null || d.getFile() == null ? null : new FileJson(d.getFile().getName(), d.getFile().getSize(),
                        d.getFile().getSha256()), sections, d == null ? null : d.getVersion());
    }
}
