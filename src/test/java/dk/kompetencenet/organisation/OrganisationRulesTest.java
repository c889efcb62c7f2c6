package dk.kompetencenet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;

class OrganisationRulesTest {

    @Test
    void readsJobRolesInDanishWhateverTheCaseOrSpelling() {
        assertThat(JobRole.parse("Pædagog")).contains(JobRole.PAEDAGOG);
        assertThat(JobRole.parse(" paedagogmedhjaelper ")).contains(JobRole.PAEDAGOGMEDHJAELPER);
        assertThat(JobRole.parse("LÆRER")).contains(JobRole.LAERER);
        assertThat(JobRole.parse("rektor")).isEmpty();
        assertThat(JobRole.parse("")).isEmpty();
    }

    @Test
    void everyInstitutionTypeBelongsToASector() {
        assertThat(InstitutionType.SKOLE.sector()).isEqualTo(Sector.SKOLE);
        assertThat(InstitutionType.UNGDOMSSKOLE.sector()).isEqualTo(Sector.SKOLE);
        assertThat(InstitutionType.DAGPLEJE.sector()).isEqualTo(Sector.DAGTILBUD);
        assertThat(InstitutionType.INTEGRERET_INSTITUTION.sector()).isEqualTo(Sector.DAGTILBUD);
    }

    @Test
    void keepsEmailAddressesInLowerCaseAndRefusesMalformedOnes() {
        Employee employee = new Employee("Ida", "Holm", " Ida.Holm@Skole.DK ", JobRole.LAERER);
        assertThat(employee.getEmail()).isEqualTo("ida.holm@skole.dk");
        assertThatThrownBy(() -> employee.changeEmail("ida@")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> employee.changeEmail("ida holm@skole.dk")).isInstanceOf(InvalidInputException.class);
        assertThat(employee.getEmail()).isEqualTo("ida.holm@skole.dk");
    }

    @Test
    void refusesAnEmployeeWithoutNameOrJobRole() {
        assertThatThrownBy(() -> new Employee(" ", "Holm", "a@b.dk", JobRole.LAERER)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Employee("Ida", "Holm", "a@b.dk", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDanishPostalCodeHasFourDigits() {
        assertThat(new Address("Skolevej 1", "9440", "Aabybro").oneLine()).isEqualTo("Skolevej 1, 9440 Aabybro");
        assertThat(new Address(null, " ", "Aabybro").oneLine()).isEqualTo("Aabybro");
        assertThatThrownBy(() -> new Address("Skolevej 1", "944", "Aabybro")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Address("Skolevej 1", "DK-9440", "Aabybro")).isInstanceOf(InvalidInputException.class);
    }
}
