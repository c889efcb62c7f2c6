package dk.kompetencenet.organisation.rest;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.StaffImport;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.audit.PersonalReads;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/** Staff, scoped like the pages: leaders and supervisors to their institution(s). */
@Path("employees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class EmployeeResource {

    static final int MAX_PAGE = 1000;
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    private EmployeeService employees;

    @Inject
    private StaffImport staffImport;

    @Inject
    private PersonalReads reads;

    public record EmployeeJson(Long id, String firstName, String lastName, String email, String jobRole,
                               boolean active, List<String> institutions, Long version) {
    }

    public record ImportResult(int imported) {
    }

    /** What a client sends to create or change an employee; version is the one read, for changes. */
    public record EmployeeInput(String firstName, String lastName, String email, String jobRole,
                                List<Long> institutionIds, Long version) {

        EmployeeService.Details details() {
            JobRole role = jobRole == null ? null : JobRole.parse(jobRole)
                    .orElseThrow(() -> new InvalidInputException(Problem.inField("jobRole", "employee.error.jobRole")));
            return new EmployeeService.Details(firstName, lastName, email, role,
                    institutionIds == null ? Set.of() : Set.copyOf(institutionIds));
        }
    }

    @GET
    @Operation(summary = "Staff of one institution, or of every institution in the caller's scope; paged with first/max;"
            + " the total is in the header X-Total-Count")
    public Response list(@QueryParam("institution") String institution, @QueryParam("q") String text,
                         @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("max") @DefaultValue("200") int max) {
        QueryParameters.paging(first, max, MAX_PAGE);
        var filter = new EmployeeService.Filter(text, QueryParameters.optionalId("institution", institution), null,
                includeInactive);
        List<EmployeeJson> page = employees.page(filter, first, max).stream()
                .map(r -> new EmployeeJson(r.id(), r.firstName(), r.lastName(), r.email(), r.jobRole().name(),
                        r.active(), r.institutions(), null))
                .toList();
        return Response.ok(page).header("X-Total-Count", employees.count(filter)).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One employee, with the version to send back when changing them; 403 outside the caller's scope")
    public EmployeeJson get(@PathParam("id") long id) {
        Employee employee = employees.get(id);
        reads.opened(id);
        return json(employee);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an employee (administrators, coordinators, and leaders at their own institutions)")
    public Response create(EmployeeInput input, @Context UriInfo uri) {
        Employee created = employees.create(Requests.body(input).details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(json(created)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an employee; 409 when somebody saved a change since the given version was read")
    public EmployeeJson update(@PathParam("id") long id, EmployeeInput input) {
        Requests.version(Requests.body(input).version());
        return json(employees.update(id, input.version(), input.details()));
    }

    private static EmployeeJson json(Employee e) {
        return new EmployeeJson(e.getId(), e.getFirstName(), e.getLastName(), e.getEmail(), e.getJobRole().name(),
                e.isActive(), e.getInstitutions().stream().map(Institution::getName).sorted().toList(), e.getVersion());
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Operation(summary = "Imports staff from a CSV file (UTF-8, ';', header Fornavn;Efternavn;E-mail;Stilling) into an"
            + " institution. All or nothing: 400 lists every bad line and imports none.")
    public ImportResult importCsv(@QueryParam("institution") String institution, byte[] content) {
        Long institutionId = QueryParameters.requiredId("institution", institution);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.atLine(1, "import.error.empty"));
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new InvalidInputException(Problem.atLine(1, "import.error.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024)));
        }
        return new ImportResult(staffImport.importCsv(institutionId, content));
    }
}
