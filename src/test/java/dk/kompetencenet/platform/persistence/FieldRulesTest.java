package dk.kompetencenet.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.meeting.Meeting;

class FieldRulesTest {

    private final FieldRules rules = new FieldRules();

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Test
    void aNameWithANulOrALineBreakIsRefusedNamingItsField() throws ReflectiveOperationException {
        Employee employee = new Employee("Anna", "Berg", "anna@skole.dk", JobRole.values()[0]);
        rules.check(employee);
        set(employee, "firstName", "An\u0000na");
        set(employee, "lastName", "Berg\n");
        var refused = catchThrowableOfType(() -> rules.check(employee), InvalidInputException.class);
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("firstName", "lastName");
        assertThat(refused.problems()).extracting(Problem::key).containsOnly("text.error.controlCharacters");
    }

    @Test
    void textLongerThanItsColumnIsRefusedAndAnEmbeddedFieldIsNamedWithItsPath() throws ReflectiveOperationException {
        Institution school = new Institution("Birkelyskolen", InstitutionType.values()[0], null,
                new Address("Vej 1", "8000", "Aarhus"));
        set(school, "name", "x".repeat(201));
        set(school.getAddress(), "city", "Aar\u0007hus");
        var refused = catchThrowableOfType(() -> rules.check(school), InvalidInputException.class);
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("name", "address.city");
    }

    @Test
    void theConstructorOfAnEmployeeRefusesControlCharactersItselfAtTheEnds() {
        assertThatThrownBy(() -> new Employee("Anna\u0000", "Berg", "anna@skole.dk", JobRole.values()[0]))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDateOutsideTheYears2000To2100IsRefusedButADerivedOpenEndIsNot() throws ReflectiveOperationException {
        Meeting meeting = allocate(Meeting.class);
        set(meeting, "seriesEnd", LocalDateTime.of(9999, 12, 31, 0, 0));
        set(meeting, "startAt", LocalDateTime.of(2027, 3, 1, 14, 0));
        rules.check(meeting);
        set(meeting, "startAt", LocalDateTime.of(1, 1, 1, 14, 0));
        set(meeting, "endAt", LocalDate.of(9999, 1, 1).atStartOfDay());
        var refused = catchThrowableOfType(() -> rules.check(meeting), InvalidInputException.class);
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("startAt", "endAt");
        assertThat(refused.problems()).extracting(Problem::key).containsOnly("date.error.outOfRange");
    }

    private static <T> T allocate(Class<T> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
