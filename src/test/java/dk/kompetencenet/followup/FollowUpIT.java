package dk.kompetencenet.followup;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/** Snapshots and the follow-up report on a running server: the change per indicator, PDF and XLSX read back. */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    private static final String JSON = "application/json";
    private static final String PROCEDURE_ADOPTED = "documents.digital-bullying-procedure.adopted";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Institution school;
    private String coordinator;
    private String leader;

    @BeforeEach
    void aSchoolAndACoordinator() {
        school = anInstitution().create(institutions);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private long snapshot(String label) {
        Http.Response taken = as(coordinator).post("/api/followup/snapshots", JSON, """
                {"kind": "ON_DEMAND", "label": "%s"}""".formatted(label));
        assertEquals(201, taken.status(), taken.body());
        return taken.json().getJsonNumber("id").longValue();
    }

    private static JsonObject line(JsonObject report, String code) {
        return report.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
                .filter(l -> code.equals(l.getString("code"))).findFirst().orElseThrow();
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toString().replaceAll("/$", "") + path)).header("Authorization", "Basic " + Base64
                        .getEncoder().encodeToString((coordinator + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    @Test
    void theReportComparesTwoSnapshotsShowsTheChangePerIndicatorAndItsPdfAndXlsxOpen() throws Exception {
        long before = snapshot("Før proceduren");
        Http.Response adopted = as(leader).put("/api/institutions/" + school.getId()
                + "/documents/digital-bullying-procedure", JSON, """
                {"status": "ADOPTED", "adoptedOn": "2026-05-01"}""");
        assertEquals(200, adopted.status(), adopted.body());
        long after = snapshot("Efter proceduren");

        JsonObject report = as(coordinator).get("/api/followup/report?from=" + before + "&to=" + after).json();
        JsonObject procedure = line(report, PROCEDURE_ADOPTED);
        double was = procedure.getJsonObject("from").getJsonNumber("amount").doubleValue();
        assertEquals(was + 1, procedure.getJsonObject("to").getJsonNumber("amount").doubleValue(), 0.001);
        assertTrue(procedure.getJsonNumber("change").doubleValue() > 0, "more institutions have it: a rise");
        assertEquals(3, report.getJsonArray("parts").size() - 1, "one part per focus area, then capacity");

        try (PDDocument pdf = Loader.loadPDF(download("/api/followup/report.pdf?from=" + before + "&to=" + after))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Opfølgningsrapport"), text);
            assertTrue(text.contains("Procedure ved digital mobning: vedtaget"), text);
            assertTrue(text.contains("Efter proceduren"), text);
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/followup/report.xlsx?from=" + before + "&to=" + after)))) {
            Sheet sheet = xlsx.getSheetAt(0);
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "Procedure ved digital mobning: vedtaget".equals(
                        r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertTrue(row != null, "the indicator has a row");
            assertEquals(was, row.getCell(1).getNumericCellValue(), 0.001);
            assertEquals(was + 1, row.getCell(4).getNumericCellValue(), 0.001);
            assertTrue(row.getCell(7).getNumericCellValue() > 0);
        }

        String page = Http.loggedIn(base.toString(), coordinator, PASSWORD)
                .get("/followup/index.xhtml?from=" + before + "&to=" + after).body();
        assertTrue(page.contains("Procedure ved digital mobning: vedtaget"));
    }

    @Test
    void theBaselineIsTakenAtStartAndOnlyOnce() {
        assertTrue(as(coordinator).get("/api/followup/snapshots").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> "BASELINE".equals(s.getString("kind"))));
        Http.Response again = as(coordinator).post("/api/followup/snapshots", JSON, """
                {"kind": "BASELINE"}""");
        assertEquals(400, again.status());
        assertTrue(again.body().contains("Udgangspunkt"), again.body());
    }

    @Test
    void badRequestsAreRefusedWithAReasonAndOnlyCoordinatorsTakeSnapshots() {
        long first = snapshot("Første");
        long second = snapshot("Andet");
        assertEquals(400, as(coordinator).get("/api/followup/report?from=" + second + "&to=" + first).status());
        assertEquals(400, as(coordinator).get("/api/followup/report?from=999999999").status());
        assertEquals(400, as(coordinator).get("/api/followup/report?from=abc").status());
        assertEquals(400, as(coordinator).post("/api/followup/snapshots", JSON, "{}").status());
        assertEquals(400, as(coordinator).post("/api/followup/snapshots", JSON, """
                {"kind": "WHENEVER"}""").status());
        long count = as(coordinator).get("/api/followup/snapshots").jsonArray().size();

        assertEquals(403, as(leader).post("/api/followup/snapshots", JSON, """
                {"kind": "ON_DEMAND"}""").status());
        String employee = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        assertEquals(403, as(employee).get("/api/followup/report").status());
        assertEquals(403, Http.loggedIn(base.toString(), employee, PASSWORD).get("/followup/index.xhtml").status());
        assertEquals(200, as(leader).get("/api/followup/report").status(), "leaders read the municipality's figures");
        assertEquals(count, as(coordinator).get("/api/followup/snapshots").jsonArray().size(), "nothing taken");
    }
}
