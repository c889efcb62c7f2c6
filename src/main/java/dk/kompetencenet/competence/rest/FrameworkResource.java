package dk.kompetencenet.competence.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.Requests;

/** The competence frameworks, in the client's language (Accept-Language; Danish by default). */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competences")
public class FrameworkResource {

    @Inject
    private CompetenceService competences;

    @Context
    private HttpHeaders headers;

    public record LevelJson(String code, String name, String stem) {
    }

    public record CompetenceJson(Long id, String code, String name, String description) {
    }

    public record AreaJson(String code, String name, List<CompetenceJson> competences) {
    }

    public record FrameworkJson(Long id, String key, String version, String name, List<LevelJson> levels,
                                List<AreaJson> areas, List<Long> initiativeIds) {
    }

    @GET
    @Operation(summary = "Every framework with its proficiency levels, areas and competences")
    public List<FrameworkJson> list() {
        var locale = Requests.locale(headers);
        return competences.frameworks().stream().map(f -> json(f, locale)).toList();
    }

    @GET
    @Path("{id: \\d+}")
    public FrameworkJson get(@PathParam("id") long id) {
        var locale = Requests.locale(headers);
        return json(competences.framework(id), locale);
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
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "A new framework from a CSV file in the export's format; 400 names every bad line and saves"
            + " nothing")
    public Response importCsv(@QueryParam("name") String name, @QueryParam("nameEn") String nameEn,
                              @QueryParam("version") String version, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(Problem.atLine(1, "import.error.empty"));
        }
        Framework created = competences.importCsv(content, name, nameEn, version);
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", created.getId())).build();
    }

    private static FrameworkJson json(Framework f, java.util.Locale locale) {
        boolean english = Texts.ENGLISH.equals(locale);
        return new FrameworkJson(f.getId(), f.getSeedKey(), f.getFrameworkVersion(), f.name(locale),
                f.getLevels().stream().map(l -> new LevelJson(l.getCode(), l.in(locale),
                        english ? l.getStemEn() : l.getStemDa())).toList(),
                f.getAreas().stream().map(a -> new AreaJson(a.getCode(), a.in(locale), a.getCompetences().stream()
                        .map(c -> new CompetenceJson(c.getId(), c.getCode(), c.in(locale),
                                english ? c.getDescriptionEn() : c.getDescriptionDa())).toList())).toList(),
                f.getInitiatives().stream().map(i -> i.getId()).sorted().toList());
    }
}
