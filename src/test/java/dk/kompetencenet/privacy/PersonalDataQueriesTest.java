package dk.kompetencenet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.i18n.Texts;

class PersonalDataQueriesTest {

    @Test
    void everySectionAndColumnOfTheExportHasAHeadingInBothLanguages() {
        for (ResourceBundle bundle : List.of(Texts.bundle(Texts.DANISH), Texts.bundle(Texts.ENGLISH))) {
            for (PersonalDataQueries.Query query : PersonalDataQueries.ALL) {
                PersonalData.Section section = new PersonalData.Section(query.source(), query.columns(), List.of());
                assertThat(bundle.containsKey(section.titleKey())).as(section.titleKey()).isTrue();
                query.columns().forEach(c -> assertThat(bundle.containsKey(PersonalData.Section.columnKey(c)))
                        .as(c).isTrue());
            }
        }
    }

    @Test
    void eachSectionIsReadOnceStartingWithTheRecordsId() {
        Set<String> sources = new HashSet<>();
        for (PersonalDataQueries.Query query : PersonalDataQueries.ALL) {
            assertThat(sources.add(query.source())).as(query.source()).isTrue();
            assertThat(query.columns().get(0)).isEqualTo("id");
            assertThat(query.jpql()).as(query.source()).startsWith("select ").contains(":");
            long selected = query.jpql().substring(7, query.jpql().indexOf(" from ")).chars().filter(c -> c == ',')
                    .count() + 1;
            assertThat(selected).as(query.source()).isEqualTo(query.columns().size());
        }
    }
}
