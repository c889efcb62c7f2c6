package dk.kompetencenet.training.rest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.rest.Downloads;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.Enrolment;
import dk.kompetencenet.training.EnrolmentStatus;
import dk.kompetencenet.training.Expiry;
import dk.kompetencenet.training.ModuleCompletion;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.TrainingService;

/** Programmes, runs, enrolments, module completions and supervisor designations. */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {

    @Inject
    private TrainingService training;

    @Inject
    private FileStore files;

    public record ModuleJson(Long id, String name, BigDecimal ects, Integer hours) {
    }

    public record ProgrammeJson(Long id, String name, String kind, String grants, BigDecimal totalEcts,
                                List<ModuleJson> modules, List<Long> initiativeIds) {
    }

    public record RunInput(String name, String provider, LocalDate startDate, LocalDate endDate) {
    }

    public record EnrolmentInput(Long runId, Long employeeId, Long institutionId, String status) {
    }

    public record EnrolmentJson(Long id, Long runId, Long employeeId, Long institutionId, String status,
                                List<Long> completedModuleIds, LocalDate completedOn, List<CompletionJson> completions,
                                long version) {
    }

    /** A completed module with its evidence; {@code expiry} is UPCOMING, VALID, EXPIRING (within 90 days) or EXPIRED. */
    public record CompletionJson(Long moduleId, LocalDate completedOn, String evidence, LocalDate validUntil,
                                 String expiry, CertificateJson certificate) {
    }

    /** A certificate file, downloaded from {@code GET .../enrolments/{id}/completions/{moduleId}/certificate}. */
    public record CertificateJson(String name, String contentType, long size, String sha256) {
    }

    public record CompletionInput(Long moduleId, LocalDate completedOn, String evidence, LocalDate validUntil,
                                  Long version) {
    }

    public record StatusInput(String status, Long version) {
    }

    public record DesignationInput(Long employeeId, Long institutionId, String kind, LocalDate validFrom,
                                   LocalDate validTo) {
    }

    /** {@code expiry} is UPCOMING, VALID, EXPIRING (ends within 90 days) or EXPIRED; {@code expiring} says EXPIRING. */
    public record DesignationJson(Long id, Long employeeId, String employee, Long institutionId, String kind,
                                  LocalDate validFrom, LocalDate validTo, String source, String expiry, boolean expiring,
                                  long version) {
    }

    public record EndInput(LocalDate on, Long version) {
    }

    @GET
    @Path("programmes")
    @Operation(summary = "The programmes with their modules (ECTS or hours) and initiatives")
    public List<ProgrammeJson> programmes() {
        return training.programmes().stream().map(TrainingResource::json).toList();
    }

    @POST
    @Path("programmes/{id: \\d+}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a run (cohort) of a programme")
    public Response addRun(@PathParam("id") long id, RunInput input) {
        RunInput in = Requests.body(input);
        return Response.status(Response.Status.CREATED).entity(Map.of("id",
                training.addRun(id, in.name(), in.provider(), in.startDate(), in.endDate()).getId())).build();
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrols an employee in a run on behalf of an institution they work at")
    public Response enrol(EnrolmentInput input) {
        EnrolmentInput in = Requests.body(input);
        Enrolment e = training.enrol(in.runId(), in.employeeId(), in.institutionId(),
                in.status() == null ? null : enumValue(EnrolmentStatus.class, "status", in.status()));
        return Response.status(Response.Status.CREATED).entity(json(e)).build();
    }

    @GET
    @Path("enrolments/{id: \\d+}")
    public EnrolmentJson enrolment(@PathParam("id") long id) {
        return json(training.enrolment(id));
    }

    @POST
    @Path("enrolments/{id: \\d+}/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records a completed module; the last one completes the programme and grants its designation")
    public EnrolmentJson complete(@PathParam("id") long id, CompletionInput input) {
        CompletionInput in = Requests.body(input);
        return json(training.completeModule(id, Requests.version(in.version()), new TrainingService.Completion(
                in.moduleId(), in.completedOn(), in.evidence(), in.validUntil()), null));
    }

    @PUT
    @Path("enrolments/{id: \\d+}/completions/{moduleId: \\d+}/certificate")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attaches a certificate file to a completed module, replacing any earlier one (coordinators)",
            description = "The body is the file itself (not multipart). PDF, PNG or JPEG, recognised by its content, at"
                    + " most 10 MB; anything else is refused with 400 and nothing is stored. 409 when the enrolment"
                    + " changed since the given version. Answers the enrolment with its new version.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public EnrolmentJson attachCertificate(@PathParam("id") long id, @PathParam("moduleId") long moduleId,
            @Parameter(description = "The version of the enrolment read", required = true)
            @QueryParam("version") String version,
            @Parameter(description = "The file's name, e.g. kursusbevis.pdf") @QueryParam("name") String name,
            InputStream content) {
        long read = Requests.version(QueryParameters.optionalId("version", version));
        byte[] bytes = Requests.upload(content, TrainingService.CERTIFICATES);
        return json(training.attachCertificate(id, read, moduleId, new Upload(name, bytes)));
    }

    @GET
    @Path("enrolments/{id: \\d+}/completions/{moduleId: \\d+}/certificate")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Downloads the certificate of a completed module (as an attachment with its content type)",
            description = "For the person enrolled, leaders and supervisors of the enrolment's institution, and"
                    + " coordinators; 403 for others, 404 where there is no certificate.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response certificate(@PathParam("id") long id, @PathParam("moduleId") long moduleId) {
        StoredFile file = training.certificate(id, moduleId);
        return Downloads.attachment(file, files.open(file));
    }

    @PUT
    @Path("enrolments/{id: \\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public EnrolmentJson status(@PathParam("id") long id, StatusInput input) {
        StatusInput in = Requests.body(input);
        return json(training.changeStatus(id, Requests.version(in.version()),
                enumValue(EnrolmentStatus.class, "status", in.status())));
    }

    @GET
    @Path("institutions/{id: \\d+}/designations")
    @Operation(summary = "An institution's supervisor designations, current and ended")
    public List<DesignationJson> designations(@PathParam("id") long id) {
        return training.designationsAt(id).stream().map(TrainingResource::json).toList();
    }

    @POST
    @Path("designations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grants a supervisor designation by hand (coordinators)", description = "The employee must work at"
            + " the institution and the kind (DIGITAL_DIDACTIC_SUPERVISOR, IT_DIDACTIC_SUPERVISOR) suit its sector;"
            + " validTo is optional and not before validFrom. 400 with every problem, nothing saved.")
    public Response grant(DesignationInput input) {
        DesignationInput in = Requests.body(input);
        Designation d = training.grant(in.employeeId(), in.institutionId(),
                in.kind() == null ? null : enumValue(DesignationKind.class, "kind", in.kind()), in.validFrom(),
                in.validTo());
        return Response.status(Response.Status.CREATED).entity(json(d)).build();
    }

    @POST
    @Path("designations/{id: \\d+}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends a designation on a day (coordinators); its dates stay as history. 409 when it changed"
            + " since the given version")
    public DesignationJson end(@PathParam("id") long id, EndInput input) {
        EndInput in = Requests.body(input);
        return json(training.endDesignation(id, Requests.version(in.version()), in.on()));
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Every institution in the caller's scope with its supervisor coverage, least covered first")
    public List<CoverageResource.CoverageJson> coverage() {
        return training.coverageList().stream().map(CoverageResource.CoverageJson::of).toList();
    }

    private static ProgrammeJson json(Programme p) {
        return new ProgrammeJson(p.getId(), p.getName(), p.getKind().name(),
                p.getGrantsDesignation() == null ? null : p.getGrantsDesignation().name(), p.getTotalEcts(),
                p.getModules().stream().map(m -> new ModuleJson(m.getId(), m.getName(), m.getEcts(), m.getHours()))
                        .toList(), p.getInitiatives().stream().map(i -> i.getId()).sorted().toList());
    }

    private static EnrolmentJson json(Enrolment e) {
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        return new EnrolmentJson(e.getId(), e.getRun().getId(), e.getEmployee().getId(), e.getInstitution().getId(),
                e.getStatus().name(), e.getCompletions().stream().map(c -> c.getModule().getId()).sorted().toList(),
                e.getStatus() == EnrolmentStatus.COMPLETED ? e.getCompletedOn() : null,
                e.getCompletions().stream().map(c -> json(c, today)).toList(), e.getVersion());
    }

    private static CompletionJson json(ModuleCompletion c, LocalDate today) {
        StoredFile f = c.getCertificate();
        return new CompletionJson(c.getModule().getId(), c.getCompletedOn(), c.getEvidence(), c.getValidUntil(),
                c.expiryOn(today).name(), f == null ? null : new CertificateJson(f.getName(), f.getContentType(),
                f.getSize(), f.getSha256()));
    }

    private static DesignationJson json(Designation d) {
        Expiry expiry = d.expiryOn(LocalDate.now(Zones.COPENHAGEN));
        return new DesignationJson(d.getId(), d.getEmployee().getId(), d.getEmployee().getFullName(),
                d.getInstitution().getId(), d.getKind().name(), d.getValidFrom(), d.getValidTo(), d.getSource().name(),
                expiry.name(), expiry == Expiry.EXPIRING, d.getVersion());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.inField(field, "api.error.unknownValue", field, String.valueOf(text)));
        }
    }
}
