package dk.kompetencenet.privacy;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.PersonalRecords;

/**
 * The export of everything held about a person: complete by the data model's own account of what points at an
 * employee, in JSON and PDF, for administrators and the person alone.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    private Institution school;
    private Employee person;
    private String username;
    private String admin;

    @BeforeEach
    void aPersonWithOneRecordOfEachKind() throws Exception {
        school = anInstitution().create(institutions);
        Builders.EmployeeBuilder builder = anEmployee().at(school).named("Ingeborg", Builders.unique("Eksport"));
        username = builder.createWithAccount(employees, accounts, Role.EMPLOYEE);
        person = SystemAccess.call(() -> employees.findByEmail(builder.email()).orElseThrow());
        admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN);
        PersonalRecords.writeAll(dataSource, person.getId(), school.getId(), username, person.getFullName());
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    /** Every attribute of every entity that refers to an employee, as Entity.attribute. */
    private List<String> referencesToEmployee() {
        List<String> references = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                Class<?> type = attribute instanceof PluralAttribute<?, ?, ?> plural
                        ? plural.getElementType().getJavaType() : attribute.getJavaType();
                if (Employee.class.equals(type)) {
                    references.add(entity.getName() + "." + attribute.getName());
                }
            }
        }
        return references;
    }

    private List<Long> idsReferring(String reference, Long employeeId) {
        String[] parts = reference.split("\\.");
        return em.createQuery("select x.id from " + parts[0] + " x join x." + parts[1] + " e where e.id = :p",
                Long.class).setParameter("p", employeeId).getResultList();
    }

    private static Set<Long> ids(JsonObject export, String source) {
        return export.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("source").equals(source)).findFirst()
                .map(s -> s.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getJsonNumber("id").longValue()).collect(Collectors.toSet()))
                .orElseThrow(() -> new AssertionError("the export has no section " + source
                        + ": add one to PersonalDataQueries"));
    }

    @Test
    void theExportHoldsEveryRecordThatRefersToThePersonInTheDataModel() {
        Http.Response answer = as(admin).get("/api/employees/" + person.getId() + "/personal-data");
        assertEquals(200, answer.status(), answer.body());
        JsonObject export = answer.json();

        List<String> references = referencesToEmployee();
        assertTrue(references.size() >= 14, "the data model's references to Employee: " + references);
        Map<String, List<Long>> missing = new TreeMap<>();
        for (String reference : references) {
            List<Long> held = idsReferring(reference, person.getId());
            assertFalse(held.isEmpty(), "the test builds one " + reference + " for the person: add it to"
                    + " PersonalRecords");
            Set<Long> exported = ids(export, reference);
            List<Long> absent = held.stream().filter(id -> !exported.contains(id)).toList();
            if (!absent.isEmpty()) {
                missing.put(reference, absent);
            }
        }
        assertTrue(missing.isEmpty(), "records about the person missing from the export: " + missing);

        assertEquals(Set.of(person.getId()), ids(export, "Employee"));
        for (String byName : List.of("Experiment.recordedBy", "EquipmentNeed.requestedBy", "FeedToken.ownerId",
                "ModuleCompletion.enrolment", "InvitationAnswer.invitation", "Attendance.invitation",
                "AuditEntry.subjectId")) {
            assertFalse(ids(export, byName).isEmpty(), byName);
        }
        assertTrue(answer.body().contains(person.getEmail()));
        assertTrue(answer.body().contains("Note om " + person.getFullName()), "free text written about them");
        assertFalse(answer.body().contains("password"), "no password hash");
    }

    @Test
    void thePersonReadsTheirOwnAsPdfAndNobodyElseButAnAdministratorReadsIt() throws Exception {
        byte[] pdf = as(username).bytes("/api/me/personal-data.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String words = text.replaceAll("\\s+", "");
            assertTrue(text.contains("Persondata om " + person.getFullName()), text);
            assertTrue(words.contains(("Mål for " + person.getFullName()).replaceAll("\\s+", "")),
                    "the development plan, in a table cell that may wrap: " + text);
            assertTrue(text.contains("Kompetencevurderinger"), text);
        }
        Http.Response own = as(username).get("/api/employees/" + person.getId() + "/personal-data.json");
        assertEquals(200, own.status(), own.body());

        String leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        assertEquals(403, as(leader).get("/api/employees/" + person.getId() + "/personal-data").status(),
                "a leader of the person's own school may not export them");
        assertEquals(403, as(leader).get("/api/employees/" + person.getId() + "/personal-data.pdf").status());
        assertEquals(404, as(admin).get("/api/employees/987654321987/personal-data").status());
        assertEquals(401, Http.anonymous(base.toString()).get("/api/me/personal-data").status());

        Http.Response audit = as(admin).get("/api/audit?employee=" + person.getId() + "&action=EXPORT_PERSONAL_DATA");
        assertEquals(200, audit.status(), audit.body());
        assertEquals("2", audit.header("X-Total-Count"), "each export is audited about the person: " + audit.body());
    }
}
