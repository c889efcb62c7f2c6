package dk.kompetencenet.overview.rest;

import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * {@code GET /api/board}'s streamed JSON is byte for byte what JSON-B wrote for the board before it was streamed:
 * the records below are the ones the resource handed JSON-B, built as it built them, over every institution in the
 * database (names with quotes, a backslash and Danish letters among them).
 */
@ExtendWith(ArquillianExtension.class)
public class BoardJsonIT {

    public record ColumnJson(Long initiativeId, String code, String title, String sector) {
    }

    public record CellJson(String progress, Evidence evidence) {
    }

    public record RowJson(Long institutionId, String institution, String type, Map<String, CellJson> cells) {
    }

    public record BoardJsonB(List<ColumnJson> initiatives, long count, List<RowJson> rows) {
    }

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private BoardService board;

    @Test
    void theStreamedBoardIsByteForByteWhatJsonBWrote() throws Exception {
        Institution quoted = anInstitution().named(unique("Skolen \"Ædelgran\" \\ Øst")).create(institutions);
        anEmployee().at(quoted).create(employees);
        BoardService.Filter all = new BoardService.Filter(null, null);
        List<BoardService.Column> columns = SystemAccess.call(() -> board.columns(all));
        List<BoardService.Row> rows = SystemAccess.call(() -> board.page(all, columns, 0, 500));
        long count = SystemAccess.call(() -> board.count(all));
        assertTrue(rows.stream().anyMatch(r -> r.institutionId().equals(quoted.getId())), "the quoted name is shown");

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        BoardJson.write(streamed, columns, count, rows);

        try (Jsonb jsonb = JsonbBuilder.create()) {
            String written = jsonb.toJson(new BoardJsonB(columns.stream().map(c -> new ColumnJson(c.initiativeId(),
                    c.code(), c.title(), c.sector().code())).toList(), count, rows.stream().map(r -> new RowJson(
                    r.institutionId(), r.institution(), r.type().name(), r.cells().entrySet().stream().collect(
                    Collectors.toMap(e -> String.valueOf(e.getKey()), e -> new CellJson(e.getValue().progress()
                            .name(), e.getValue().evidence()))))).toList()));
            assertEquals(written, streamed.toString(StandardCharsets.UTF_8));
        }
    }
}
