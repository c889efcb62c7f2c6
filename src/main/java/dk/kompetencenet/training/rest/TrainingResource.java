package dk.kompetencenet.training.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.Enrolment;
import dk.kompetencenet.training.EnrolmentStatus;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.TrainingService;
import dk.kompetencenet.platform.rest.Requests;

/** Programmes, runs, enrolments, module completions and supervisor designations. */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingResource {

    @Inject
    private TrainingService training;

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
                                List<Long> completedModuleIds, LocalDate completedOn, long version) {
    }

    public record CompletionInput(Long moduleId, LocalDate completedOn, String evidence, Long version) {
    }

    public record StatusInput(String status, Long version) {
    }

    public record DesignationInput(Long employeeId, Long institutionId, String kind, LocalDate validFrom,
                                   LocalDate validTo) {
    }

    public record DesignationJson(Long id, Long employeeId, String employee, Long institutionId, String kind,
                                  LocalDate validFrom, LocalDate validTo, String source, boolean expiring,
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
        return json(training.completeModule(id, Requests.version(in.version()), in.moduleId(), in.completedOn(), in.evidence()));
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
    @Operation(summary = "Grants a supervisor designation by hand (coordinators)")
    public Response grant(DesignationInput input) {
        DesignationInput in = Requests.body(input);
        Designation d = training.grant(in.employeeId(), in.institutionId(),
                enumValue(DesignationKind.class, "kind", in.kind()), in.validFrom(), in.validTo());
        return Response.status(Response.Status.CREATED).entity(json(d)).build();
    }

    @POST
    @Path("designations/{id: \\d+}/end")
    @Consumes(MediaType.APPLICATION_JSON)
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
        return new EnrolmentJson(e.getId(), e.getRun().getId(), e.getEmployee().getId(), e.getInstitution().getId(),
                e.getStatus().name(), e.getCompletions().stream().map(c -> c.getModule().getId()).sorted().toList(),
                e.getStatus() == EnrolmentStatus.COMPLETED ? e.getCompletedOn() : null, e.getVersion());
    }

    private static DesignationJson json(Designation d) {
        return new DesignationJson(d.getId(), d.getEmployee().getId(), d.getEmployee().getFullName(),
                d.getInstitution().getId(), d.getKind().name(), d.getValidFrom(), d.getValidTo(), d.getSource().name(),
                d.isExpiringOn(LocalDate.now(Zones.COPENHAGEN)), d.getVersion());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Problem.inField(field, "api.error.unknownValue", field, String.valueOf(text)));
        }
    }
}
