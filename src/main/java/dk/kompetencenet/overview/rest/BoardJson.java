package dk.kompetencenet.overview.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.StreamingOutput;

import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;

/**
 * {@code GET /api/board}'s JSON, written straight from the board's rows to the response. JSON-B wrote the same bytes
 * from records made for it, but first as one string of the whole board (1.75 MB at 400 institutions, then copied to
 * bytes: objects so large that the garbage collector handles each apart), and a JSON-P generator spends most of its
 * time escaping the same ten property names of 8,000 cells again and again; at municipal size either cost more than the
 * board's SQL on PostgreSQL. So the fixed names are written as they are, and only the texts (initiatives' codes and
 * titles, institutions' names) are escaped, as JSON-P escapes them. The bytes are JSON-B's exactly ({@code BoardJsonIT}
 * compares them): properties in alphabetical order, none that is null, and a row's cells in the order of a
 * {@link HashMap} of their keys, as the map JSON-B was given iterated them.
 */
final class BoardJson {

    private static final int BUFFER = 64 * 1024;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BoardJson() {
    }

    /** The board's columns, the number of institutions in view, and a page of rows. */
    static StreamingOutput of(List<BoardService.Column> columns, long count, List<BoardService.Row> rows) {
        return out -> write(out, columns, count, rows);
    }

    static void write(OutputStream out, List<BoardService.Column> columns, long count, List<BoardService.Row> rows)
            throws IOException {
        List<Long> cellOrder = cellOrder(columns);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        StringBuilder json = new StringBuilder(BUFFER);
        json.append("{\"count\":").append(count).append(",\"initiatives\":[");
        for (int i = 0; i < columns.size(); i++) {
            BoardService.Column column = columns.get(i);
            json.append(i == 0 ? "{" : ",{");
            String comma = string(json, "", "code", column.code());
            json.append(comma).append("\"initiativeId\":").append(column.initiativeId());
            string(json, ",", "sector", column.sector().code());
            string(json, ",", "title", column.title());
            json.append('}');
        }
        json.append("],\"rows\":[");
        for (int r = 0; r < rows.size(); r++) {
            BoardService.Row row = rows.get(r);
            json.append(r == 0 ? "{\"cells\":{" : ",{\"cells\":{");
            String comma = "";
            for (Long initiative : cellOrder) {
                BoardService.Cell cell = row.cell(initiative);
                if (cell != null) {
                    json.append(comma).append('"').append(initiative.longValue()).append("\":");
                    evidence(json, cell.evidence());
                    json.append(",\"progress\":\"").append(cell.progress().name()).append("\"}");
                    comma = ",";
                }
            }
            json.append('}');
            string(json, ",", "institution", row.institution());
            json.append(",\"institutionId\":").append(row.institutionId().longValue()).append(",\"type\":\"")
                    .append(row.type().name()).append("\"}");
            if (json.length() >= BUFFER) { // one write per 64 kB, not one per property
                writer.append(json);
                json.setLength(0);
            }
        }
        json.append("]}");
        writer.append(json);
        writer.flush();
    }

    private static void evidence(StringBuilder json, Evidence e) {
        json.append("{\"evidence\":{\"assessments\":").append(e.assessments())
                .append(",\"attendances\":").append(e.attendances())
                .append(",\"documentsAdopted\":").append(e.documentsAdopted())
                .append(",\"documentsUnderWay\":").append(e.documentsUnderWay())
                .append(",\"equipmentNeeds\":").append(e.equipmentNeeds())
                .append(",\"experiments\":").append(e.experiments())
                .append(",\"goals\":").append(e.goals())
                .append(",\"inTraining\":").append(e.inTraining())
                .append(",\"networkMembers\":").append(e.networkMembers())
                .append(",\"supervisors\":").append(e.supervisors()).append('}');
    }

    /**
     * Writes {@code comma"name":"value"} unless the value is null (JSON-B leaves a null property out); returns the
     * comma the next property needs after it.
     */
    private static String string(StringBuilder json, String comma, String name, String value) {
        if (value == null) {
            return comma;
        }
        json.append(comma).append('"').append(name).append("\":\"");
        escaped(json, value);
        json.append('"');
        return ",";
    }

    /** As JSON-P escapes a string: quote, backslash and the control characters; everything else as it is. */
    static void escaped(StringBuilder json, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                json.append(c);
                continue;
            }
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append('\\').append('u').append('0').append('0').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
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
