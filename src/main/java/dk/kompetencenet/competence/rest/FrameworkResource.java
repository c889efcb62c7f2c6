package dk.kompetencenet.competence.rest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.FrameworkService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.platform.rest.Requests;

/**
 * The competence frameworks, in the client's language (Accept-Language; Danish by default), for everyone to read;
 * coordinators and administrators create, edit, version and import them.
 */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competences")
public class FrameworkResource {

    @Inject
    private CompetenceService competences;

    @Inject
    private FrameworkService frameworks;

    @Context
    private HttpHeaders headers;

    public record LevelJson(Long id, String code, int rank, String name, String stem) {
    }

    public record CompetenceJson(Long id, String code, String name, String description) {
    }

    public record AreaJson(Long id, String code, String name, List<CompetenceJson> competences) {
    }

    /** {@code version} is the one to send back with a change; {@code versionLabel} is the framework's own (e.g. 2.0). */
    public record FrameworkJson(Long id, String key, long version, String versionLabel, boolean active, String name,
                                String nameDa, String nameEn, List<LevelJson> levels, List<AreaJson> areas,
                                Map<String, String> targets, List<Long> initiativeIds) {
    }

    public record FrameworkInput(String nameDa, String nameEn, String descriptionDa, String descriptionEn,
                                 String versionLabel, Long version) {
    }

    /** A level (stems), an area (names only) or a competence (descriptions, and areaId when added). */
    public record PartInput(String code, String nameDa, String nameEn, String stemDa, String stemEn,
                            String descriptionDa, String descriptionEn, Long areaId, Long version) {
    }

    public record TargetsInput(Map<String, String> targets, Long version) {
    }

    public record InitiativesInput(Set<Long> initiativeIds, Long version) {
    }

    @GET
    @Operation(summary = "Every active framework with its proficiency levels, areas and competences;"
            + " ?inactive=true adds old versions and drafts")
    public List<FrameworkJson> list(@QueryParam("inactive") boolean inactive) {
        var locale = Requests.locale(headers);
        return competences.frameworks(inactive).stream().map(f -> json(f, locale)).toList();
    }

    @GET
    @Path("{id: \\d+}")
    public FrameworkJson get(@PathParam("id") long id) {
        return json(competences.framework(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new framework by hand (coordinators): inactive until it has levels and competences")
    public Response create(FrameworkInput input) {
        Requests.body(input);
        Framework created = frameworks.create(input.nameDa(), input.nameEn(), input.descriptionDa(),
                input.descriptionEn(), input.versionLabel());
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Names, descriptions and version label; 409 if changed since that version")
    public FrameworkJson describe(@PathParam("id") long id, FrameworkInput input) {
        Requests.body(input);
        return json(frameworks.describe(id, Requests.version(input.version()), input.nameDa(), input.nameEn(),
                input.descriptionDa(), input.descriptionEn(), input.versionLabel()));
    }

    @POST
    @Path("{id: \\d+}/{part: levels|areas|competences}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a level, an area or a competence (with areaId) at the end")
    public Response add(@PathParam("id") long id, @PathParam("part") String part, PartInput input) {
        Requests.body(input);
        Framework changed = frameworks.add(id, Requests.version(input.version()), part(part), input.areaId(),
                input(part(part), input));
        return Response.status(Response.Status.CREATED).entity(json(changed)).build();
    }

    @PUT
    @Path("{id: \\d+}/{part: levels|areas|competences}/{partId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a level's, area's or competence's code, names and texts")
    public FrameworkJson change(@PathParam("id") long id, @PathParam("part") String part,
                                @PathParam("partId") long partId, PartInput input) {
        Requests.body(input);
        return json(frameworks.change(id, Requests.version(input.version()), part(part), partId,
                input(part(part), input)));
    }

    @DELETE
    @Path("{id: \\d+}/{part: levels|areas|competences}/{partId: \\d+}")
    @Operation(summary = "Removes a part nothing uses (?version=); 400 with the reason when it is used")
    public FrameworkJson remove(@PathParam("id") long id, @PathParam("part") String part,
                                @PathParam("partId") long partId, @QueryParam("version") String version) {
        return json(frameworks.remove(id, QueryParameters.requiredId("version", version), part(part), partId));
    }

    @POST
    @Path("{id: \\d+}/{part: levels|areas|competences}/{partId: \\d+}/move")
    @Operation(summary = "Moves a part up (?by=-1) or down (?by=1); ?version= the version read")
    public FrameworkJson move(@PathParam("id") long id, @PathParam("part") String part,
                              @PathParam("partId") long partId, @QueryParam("by") @DefaultValue("1") int by,
                              @QueryParam("version") String version) {
        return json(frameworks.move(id, QueryParameters.requiredId("version", version), part(part), partId, by));
    }

    @POST
    @Path("{id: \\d+}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new version: a copy under another versionLabel, inactive; the original is unchanged")
    public Response newVersion(@PathParam("id") long id, FrameworkInput input) {
        Requests.body(input);
        Framework copy = frameworks.newVersion(id, input.versionLabel());
        return Response.status(Response.Status.CREATED).entity(json(copy)).build();
    }

    @POST
    @Path("{id: \\d+}/{state: activate|deactivate}")
    @Operation(summary = "Puts the framework in the choosers or takes it out (?version=); its history stays readable")
    public FrameworkJson activate(@PathParam("id") long id, @PathParam("state") String state,
                                  @QueryParam("version") String version) {
        return json(frameworks.activate(id, QueryParameters.requiredId("version", version), "activate".equals(state)));
    }

    @PUT
    @Path("{id: \\d+}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The target level per job role ({\"targets\": {\"LAERER\": \"B1\"}, \"version\"});"
            + " a role left out has no target")
    public FrameworkJson retarget(@PathParam("id") long id, TargetsInput input) {
        Requests.body(input);
        Map<JobRole, String> codes = new EnumMap<>(JobRole.class);
        (input.targets() == null ? Map.<String, String>of() : input.targets()).forEach((role, code) ->
                codes.put(JobRole.parse(role).orElseThrow(() -> new InvalidInputException(Problem.inField("targets",
                        "api.error.unknownValue", "targets", role))), code));
        return json(frameworks.retarget(id, Requests.version(input.version()), codes));
    }

    @PUT
    @Path("{id: \\d+}/initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The strategy initiatives the framework serves ({\"initiativeIds\": [..], \"version\"})")
    public FrameworkJson serve(@PathParam("id") long id, InitiativesInput input) {
        Requests.body(input);
        return json(frameworks.serve(id, Requests.version(input.version()), input.initiativeIds()));
    }

    @GET
    @Path("{id: \\d+}.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The framework as a CSV file (levels, areas, competences; Danish and English)")
    public Response export(@PathParam("id") long id) {
        return Response.ok(competences.exportCsv(id))
                .header("Content-Disposition", "attachment; filename=\"framework-" + id + ".csv\"").build();
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Operation(summary = "A new framework from a CSV file in the export's format; 400 names every bad line and saves"
            + " nothing")
    public Response importCsv(@QueryParam("name") String name, @QueryParam("nameEn") String nameEn,
                              @QueryParam("version") String version, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.atLine(1, "import.error.empty"));
        }
        Framework created = competences.importCsv(content, name, nameEn, version);
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    private FrameworkJson json(Framework f) {
        return json(f, Requests.locale(headers));
    }

    private static FrameworkJson json(Framework f, Locale locale) {
        boolean english = Texts.ENGLISH.equals(locale);
        return new FrameworkJson(f.getId(), f.getSeedKey(), f.getVersion(), f.getFrameworkVersion(), f.isActive(),
                f.name(locale), f.getNameDa(), f.getNameEn(),
                f.getLevels().stream().map(l -> new LevelJson(l.getId(), l.getCode(), l.getRank(), l.in(locale),
                        english ? l.getStemEn() : l.getStemDa())).toList(),
                f.getAreas().stream().map(a -> new AreaJson(a.getId(), a.getCode(), a.in(locale),
                        a.getCompetences().stream().map(c -> new CompetenceJson(c.getId(), c.getCode(), c.in(locale),
                                english ? c.getDescriptionEn() : c.getDescriptionDa())).toList())).toList(),
                targets(f), f.getInitiatives().stream().map(i -> i.getId()).sorted().toList());
    }

    private static Map<String, String> targets(Framework f) {
        Map<String, String> targets = new TreeMap<>();
        f.targetCodes().forEach((role, code) -> targets.put(role.name(), code));
        return targets;
    }

    private static FrameworkService.Part part(String path) {
        return switch (path) {
            case "levels" -> FrameworkService.Part.LEVEL;
            case "areas" -> FrameworkService.Part.AREA;
            default -> FrameworkService.Part.COMPETENCE;
        };
    }

    private static FrameworkService.PartInput input(FrameworkService.Part part, PartInput in) {
        return part == FrameworkService.Part.LEVEL
                ? new FrameworkService.PartInput(in.code(), in.nameDa(), in.nameEn(), in.stemDa(), in.stemEn())
                : new FrameworkService.PartInput(in.code(), in.nameDa(), in.nameEn(), in.descriptionDa(),
                        in.descriptionEn());
    }
}
