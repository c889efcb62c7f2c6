package dk.kompetencenet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void anEntryIsOneRowInCopenhagenTimeAndNoCellRunsAsAFormula() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, List.of("Tidspunkt", "Hvem", "Handling", "Type", "Id", "Om", "Detaljer"));
        csv.write(new AuditEntry(Instant.parse("2027-01-15T08:30:00Z"), "@leader", "UPDATE", "Employee", 42L,
                "=cmd|' /C calc'!A0", 42L));
        csv.flush();

        assertThat(out.toString().split("\r\n")).containsExactly(
                "Tidspunkt;Hvem;Handling;Type;Id;Om;Detaljer",
                "2027-01-15 09:30:00;'@leader;UPDATE;Employee;42;42;'=cmd|' /C calc'!A0");
    }
}
