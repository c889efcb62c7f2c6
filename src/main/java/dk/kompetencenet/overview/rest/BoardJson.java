package dk.kompetencenet.overview.rest;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.StreamingOutput;

import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;

/**
 * {@code GET /api/board}'s JSON, written straight from the board's rows to the response with a streaming generator.
 * JSON-B wrote the same bytes from records made for it, but first as one string of the whole board (1.75 MB at 400
 * institutions, with its copy as bytes: objects so large that the garbage collector handles each apart), which at
 * municipal size cost more than the board's SQL. The bytes are JSON-B's exactly ({@code BoardJsonIT} compares them):
 * properties in alphabetical order, none that is null, and a row's cells in the order of a {@link HashMap} of their
 * keys, as the map JSON-B was given iterated them.
 */
final class BoardJson {

    private static final JsonGeneratorFactory GENERATORS = JsonProvider.provider().createGeneratorFactory(Map.of());

    private BoardJson() {
    }

    /** The board's columns, the number of institutions in view, and a page of rows. */
    static StreamingOutput of(List<BoardService.Column> columns, long count, List<BoardService.Row> rows) {
        return out -> write(out, columns, count, rows);
    }

    static void write(OutputStream out, List<BoardService.Column> columns, long count, List<BoardService.Row> rows) {
        List<Long> cellOrder = cellOrder(columns);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject().write("count", count).writeStartArray("initiatives");
            for (BoardService.Column column : columns) {
                json.writeStartObject();
                string(json, "code", column.code());
                json.write("initiativeId", column.initiativeId());
                string(json, "sector", column.sector().code());
                string(json, "title", column.title());
                json.writeEnd();
            }
            json.writeEnd().writeStartArray("rows");
            for (BoardService.Row row : rows) {
                json.writeStartObject().writeStartObject("cells");
                for (Long initiative : cellOrder) {
                    BoardService.Cell cell = row.cell(initiative);
                    if (cell != null) {
                        json.writeStartObject(String.valueOf(initiative));
                        evidence(json, cell.evidence());
                        json.write("progress", cell.progress().name()).writeEnd();
                    }
                }
                json.writeEnd();
                string(json, "institution", row.institution());
                json.write("institutionId", row.institutionId()).write("type", row.type().name()).writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void evidence(JsonGenerator json, Evidence e) {
        json.writeStartObject("evidence").write("assessments", e.assessments()).write("attendances", e.attendances())
                .write("documentsAdopted", e.documentsAdopted()).write("documentsUnderWay", e.documentsUnderWay())
                .write("equipmentNeeds", e.equipmentNeeds()).write("experiments", e.experiments())
                .write("goals", e.goals()).write("inTraining", e.inTraining())
                .write("networkMembers", e.networkMembers()).write("supervisors", e.supervisors()).writeEnd();
    }

    /** JSON-B leaves a null property out. */
    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /**
     * Every row has a cell per column, put in column order: a {@link HashMap} of the keys put in that order iterates
     * them as each row's map of cells did.
     */
    private static List<Long> cellOrder(List<BoardService.Column> columns) {
        Map<String, Long> byKey = new HashMap<>();
        for (BoardService.Column column : columns) {
            byKey.putIfAbsent(String.valueOf(column.initiativeId()), column.initiativeId());
        }
        return List.copyOf(byKey.values());
    }
}
