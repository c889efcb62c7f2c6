package dk.kompetencenet.operations.rest;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.kompetencenet.operations.Backup;
import dk.kompetencenet.operations.BackupMessages;
import dk.kompetencenet.operations.BackupService;
import dk.kompetencenet.platform.rest.Requests;

/** Online backups (administrators): take one, list those taken. */
@Path("admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class BackupResource {

    @Inject
    private BackupService backups;

    @Context
    private HttpHeaders headers;

    /**
     * A backup folder. {@code contents} are the folders it holds ({@code kompetencenet-db}: the Derby database,
     * {@code files}: the uploaded files); {@code message} says what was taken, in the caller's language.
     */
    public record BackupJson(String name, String status, Instant takenAt, long durationMillis, String database,
                             boolean databaseIncluded, List<String> contents, long files, long bytes, String takenBy,
                             String message) {
    }

    @POST
    @Operation(summary = "Takes a backup now, while Kompetencenet keeps running (administrators)",
            description = "The database (Derby: its online backup; PostgreSQL: not included, use pg_dump) and the"
                    + " uploaded files, into a new folder named for the UTC time under kompetencenet.backup.dir."
                    + " 201 with what it holds; 409 while another backup runs; 500 with a log reference if it failed"
                    + " (nothing half-made is left).")
    public Response take() {
        Backup taken = backups.take();
        return Response.status(Response.Status.CREATED)
                .entity(json(taken, BackupMessages.taken(Requests.locale(headers), taken))).build();
    }

    @GET
    @Operation(summary = "The backups in the backup folder, newest first (administrators)")
    public List<BackupJson> list() {
        return backups.list().stream().map(b -> json(b, null)).toList();
    }

    private static BackupJson json(Backup b, String message) {
        return new BackupJson(b.name(), b.status().name(), b.takenAt(), b.durationMillis(), b.database(),
                b.databaseIncluded(), b.contents(), b.files(), b.bytes(), b.takenBy(), message);
    }
}
