package dk.kompetencenet.testsupport;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dk.kompetencenet.organisation.Address;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;

/**
 * Test data through the application's own services, with names unique to each call so that tests never depend on
 * each other or on what an earlier run left: {@code anInstitution().ofType(SKOLE).create(institutions)}.
 */
public final class Builders {

    public static final String PASSWORD = "test-password-123";

    private Builders() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static InstitutionBuilder anInstitution() {
        return new InstitutionBuilder();
    }

    public static EmployeeBuilder anEmployee() {
        return new EmployeeBuilder();
    }

    /** Builds an institution. */
    public static final class InstitutionBuilder {
        private String name = unique("Institution");
        private InstitutionType type = InstitutionType.SKOLE;
        private String area = "Testområde";

        public InstitutionBuilder named(String name) {
            this.name = name;
            return this;
        }

        public InstitutionBuilder ofType(InstitutionType type) {
            this.type = type;
            return this;
        }

        /** The institution group (district) it belongs to; "Testområde" unless given. */
        public InstitutionBuilder inArea(String area) {
            this.area = area;
            return this;
        }

        public Institution create(InstitutionService institutions) {
            return SystemAccess.call(() -> institutions.create(name, type, area,
                    new Address("Testvej 1", "9440", "Aabybro")));
        }
    }

    /** Builds an employee, and an account for them where roles are given. */
    public static final class EmployeeBuilder {
        private final String key = unique("e").toLowerCase();
        private String firstName = "Test";
        private String lastName = "Person " + key;
        private JobRole jobRole = JobRole.LAERER;
        private final Set<Long> institutions = new HashSet<>();

        public EmployeeBuilder named(String firstName, String lastName) {
            this.firstName = firstName;
            this.lastName = lastName;
            return this;
        }

        public EmployeeBuilder at(Institution institution) {
            institutions.add(institution.getId());
            return this;
        }

        public EmployeeBuilder as(JobRole role) {
            this.jobRole = role;
            return this;
        }

        public String email() {
            return key + "@test.example.dk";
        }

        public Employee create(EmployeeService employees) {
            return SystemAccess.call(() -> employees.create(
                    new EmployeeService.Details(firstName, lastName, email(), jobRole, institutions)));
        }

        /** Creates the employee with an account (user name = e-mail key, password {@link #PASSWORD}). */
        public String createWithAccount(EmployeeService employees, AccountService accounts, Role first, Role... more) {
            Employee employee = create(employees);
            SystemAccess.run(() -> accounts.create(key, employee.getId(), EnumSet.of(first, more), PASSWORD.toCharArray()));
            return key;
        }
    }
}
