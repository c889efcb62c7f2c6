package dk.kompetencenet.overview.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.followup.FollowUpReport;
import dk.kompetencenet.followup.ReportDocuments;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The effect of an initiative against a small hand-built data set written as rows: a framework of three levels with
 * two closed rounds, five people present at the initiative's meeting (self-assessed 1 then 3, rated 1 then 2), six
 * not (2 then 2, no ratings), one reached person who answered only the second round (outside the comparison), and a
 * second initiative whose meeting two of the six attended (a group below the threshold of five).
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeEffectIT {

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private InitiativeEffect effects;

    private final long base = 7_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100;
    private int next;

    @Test
    void reachedAndNotReachedAveragesChangesAndSizesWithSmallGroupsHidden() throws Exception {
        long[] initiatives = write();

        InitiativeEffect.Comparison c = SystemAccess.call(() -> effects.of(initiatives[0])).orElseThrow();
        assertEquals("Runde A " + base, c.from().name());
        assertEquals("Runde B " + base, c.to().name());
        InitiativeEffect.Group reached = c.effects().get(0).reached();
        InitiativeEffect.Group notReached = c.effects().get(0).notReached();
        assertEquals(5, reached.people());
        assertTrue(reached.shown());
        assertEquals(1.0, reached.selfBefore(), 1e-9);
        assertEquals(3.0, reached.selfAfter(), 1e-9);
        assertEquals(2.0, reached.selfChange(), 1e-9);
        assertEquals(1.0, reached.formalBefore(), 1e-9);
        assertEquals(2.0, reached.formalAfter(), 1e-9);
        assertEquals(6, notReached.people());
        assertEquals(2.0, notReached.selfBefore(), 1e-9);
        assertEquals(0.0, notReached.selfChange(), 1e-9);
        assertNull(notReached.formalChange());

        InitiativeEffect.Comparison small = SystemAccess.call(() -> effects.of(initiatives[1])).orElseThrow();
        InitiativeEffect.Group few = small.effects().get(0).reached();
        assertEquals(2, few.people());
        assertFalse(few.shown());
        assertNull(few.selfBefore());
        assertEquals(9, small.effects().get(0).notReached().people());
        assertEquals(1.0 * (5 * 3 + 4 * 2) / 9, small.effects().get(0).notReached().selfAfter(), 1e-9);

        FollowUpReport report = new FollowUpReport("Strategi", new FollowUpReport.Taken(1L, SnapshotKind.BASELINE,
                "Start", LocalDate.of(2020, 1, 1)), new FollowUpReport.Taken(2L, SnapshotKind.FOLLOW_UP, "Opfølgning",
                LocalDate.of(2021, 1, 1)), java.util.List.of());
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(ReportDocuments.pdf(report, small, java.util.List.of(),
                LocalDate.of(2021, 1, 2))));
        assertTrue(pdf.contains("Initiativets effekt"), pdf);
        assertTrue(pdf.contains("for få"), pdf);
        assertTrue(pdf.contains("sammenhæng, ikke et bevis"), pdf);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportDocuments.xlsx(report, c, java.util.List.of())))) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertTrue(cells.toString().contains("Nået af initiativet|5|1,00|3,00|'+2,00|1,00|2,00|'+1,00|"),
                    cells.toString());
        }
    }

    /** The rows; the two initiatives' ids. */
    private long[] write() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Date day = Date.valueOf("2019-01-01");
            Timestamp at = Timestamp.valueOf("2019-01-01 10:00:00");
            long strategy = insert(c, "strategy (id, version, title, municipality, start_date, follow_up_date,"
                    + " evaluation_date, status)", 0, "Effekt " + base, "Testby", day, day, day, "ARCHIVED");
            long area = insert(c, "focus_area (id, version, strategy_id, sort_order, title)", 0, strategy, 1,
                    "Område " + base);
            long[] initiatives = new long[2];
            long[] meetings = new long[2];
            long framework = insert(c, "framework (id, version, framework_version, name_da, name_en, active)", 0,
                    "1", "Ramme " + base, "Framework " + base, true);
            long organiser = insert(c, "employee (id, version, first_name, last_name, email, job_role, active)", 0,
                    "Arrangør", "Effekt" + base, "arrangoer." + base + "@test.dk", "LAERER", true);
            for (int i = 0; i < 2; i++) {
                initiatives[i] = insert(c, "initiative (id, version, focus_area_id, sort_order, theme, title, sector,"
                        + " target_group)", 0, area, i + 1, "Tema", "Initiativ " + i + " " + base, "SKOLE", "STAFF");
                update(c, "INSERT INTO framework_initiative (framework_id, initiative_id) VALUES (?, ?)", framework,
                        initiatives[i]);
                meetings[i] = insert(c, "meeting (id, version, uid, sequence_no, kind, title, start_at, end_at,"
                        + " series_end, organiser_id, cancelled, changed_at)", 0, "uid-" + base + i, 0,
                        "THEME_MEETING", "Møde " + base, at, at, at, organiser, false, at);
                update(c, "INSERT INTO meeting_initiative (meeting_id, initiative_id) VALUES (?, ?)", meetings[i],
                        initiatives[i]);
            }
            long[] levels = new long[4];
            for (int rank = 1; rank <= 3; rank++) {
                levels[rank] = insert(c, "proficiency_level (id, framework_id, code, rank_no, name_da, name_en)",
                        framework, "L" + rank, rank, "Niveau " + rank, "Level " + rank);
            }
            long competenceArea = insert(c, "competence_area (id, framework_id, code, sort_order, name_da, name_en)",
                    framework, "A", 1, "Område", "Area");
            long competence = insert(c, "competence (id, area_id, code, sort_order, name_da, name_en)",
                    competenceArea, "A1", 1, "Kompetence", "Competence");
            long first = insert(c, "assessment_round (id, version, name, framework_id, opens_on, closes_on, status)",
                    0, "Runde A " + base, framework, Date.valueOf("2020-02-01"), Date.valueOf("2020-03-01"), "CLOSED");
            long second = insert(c, "assessment_round (id, version, name, framework_id, opens_on, closes_on,"
                    + " status)", 0, "Runde B " + base, framework, Date.valueOf("2020-08-01"),
                    Date.valueOf("2020-09-01"), "CLOSED");
            for (int p = 0; p < 12; p++) {
                long person = insert(c, "employee (id, version, first_name, last_name, email, job_role, active)", 0,
                        "Effekt" + p, "Person" + base, "effekt" + p + "." + base + "@test.dk", "LAERER", true);
                boolean reached = p < 5 || p == 11;
                if (reached || p == 5 || p == 6) {
                    long invitation = insert(c, "invitation (id, meeting_id, employee_id, invited_at)",
                            meetings[reached ? 0 : 1], person, at);
                    insert(c, "attendance (id, invitation_id, occurrence_start, status)", invitation, at, "PRESENT");
                }
                if (p != 11) {
                    insert(c, "round_answer (id, round_id, employee_id, competence_id, level_id, answered_at)", first,
                            person, competence, levels[reached ? 1 : 2], at);
                }
                insert(c, "round_answer (id, round_id, employee_id, competence_id, level_id, answered_at)", second,
                        person, competence, levels[reached ? 3 : 2], at);
                if (reached) {
                    rating(c, person, competence, levels[1], "2020-01-01");
                    rating(c, person, competence, levels[2], "2020-06-01");
                }
            }
            return initiatives;
        }
    }

    private void rating(Connection c, long person, long competence, long level, String on) throws Exception {
        insert(c, "assessment (id, employee_id, competence_id, level_id, kind, assessor, assessed_on, recorded_at)",
                person, competence, level, "RATING", "leder", Date.valueOf(on), Timestamp.valueOf(on + " 12:00:00"));
    }

    private long insert(Connection c, String table, Object... values) throws Exception {
        long id = base + next++;
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        update(c, "INSERT INTO " + table + " VALUES (?" + ", ?".repeat(values.length) + ")", all);
        return id;
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, java.sql.Types.BIGINT);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }
}
