package dk.kompetencenet.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Kompetencenet holds about one person, in sections. A section's {@code source} names where its rows come
 * from: {@code Entity.attribute} for records that point at the employee through that attribute (so a test can check
 * that every such reference in the data model has its section), or a name of its own for what is found otherwise
 * (records they wrote, audit entries about them). Each row is a column name to a plain value (text, number,
 * true/false or nothing), with the record's {@code id} first.
 */
public record PersonalData(Long employeeId, Instant generatedAt, List<Section> sections) {

    public record Section(String source, List<String> columns, List<Map<String, Object>> rows) {

        /** The message key of the section's title. */
        public String titleKey() {
            return "personalData.section." + source;
        }

        /** The message key of a column's heading. */
        public static String columnKey(String column) {
            return "personalData.column." + column;
        }
    }

    public Optional<Section> section(String source) {
        return sections.stream().filter(s -> s.source().equals(source)).findFirst();
    }
}
