package dk.kompetencenet.privacy.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dk.kompetencenet.platform.rest.Downloads;
import dk.kompetencenet.platform.rest.Requests;
import dk.kompetencenet.privacy.PersonalData;
import dk.kompetencenet.privacy.PersonalDataPdf;

/** An export as the client asks: {@code .pdf} or {@code .json} after the path, else by Accept (JSON by default). */
final class PersonalDataAnswer {

    static final String PDF = "application/pdf";

    /** The format part of the path: nothing, {@code .json} or {@code .pdf}. */
    static final String FORMAT = "{format: (\\.json|\\.pdf)?}";

    private PersonalDataAnswer() {
    }

    static Response of(PersonalData data, String format, HttpHeaders headers) {
        boolean pdf = ".pdf".equals(format) || (format == null || format.isEmpty())
                && headers.getAcceptableMediaTypes().stream().findFirst()
                .filter(type -> type.isCompatible(MediaType.valueOf(PDF)) && !type.isWildcardType()).isPresent();
        String file = "personal-data-" + data.employeeId();
        if (pdf) {
            return Downloads.attachment(PersonalDataPdf.write(data, name(data), Requests.locale(headers)), PDF,
                    file + ".pdf");
        }
        return Response.ok(data, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"").build();
    }

    private static String name(PersonalData data) {
        List<Map<String, Object>> rows = data.section("Employee").map(PersonalData.Section::rows).orElse(List.of());
        return rows.isEmpty() ? String.valueOf(data.employeeId())
                : rows.get(0).get("firstName") + " " + rows.get(0).get("lastName");
    }
}
