package dk.kompetencenet.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.i18n.Texts;

class ReminderRulesTest {

    @Test
    void weeksAreIsoWeeksThatSortInTimeOrderAcrossTheNewYear() {
        assertThat(Periods.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Periods.week(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
        assertThat(Periods.week(LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50")
                .isLessThan(Periods.week(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void aMeetingsTimeIsWrittenInTheReadersLanguage() {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2027, 1, 7, 14, 0);
        assertThat(Periods.when(Texts.DANISH, at)).isEqualTo("torsdag 7. januar 2027 kl. 14:00");
        assertThat(Periods.when(Texts.ENGLISH, at)).isEqualTo("Thursday 7 January 2027 at 14:00");
    }

    @Test
    void everyKindIsOnInDanishUntilThePersonChangesItAndOnlyTheKindTurnedOffIsOff() {
        MailPreference preference = new MailPreference(null);
        for (ReminderKind kind : ReminderKind.values()) {
            assertThat(preference.wants(kind)).as(kind.name()).isTrue();
        }
        assertThat(preference.locale()).isEqualTo(Texts.DANISH);

        preference.choose(ReminderKind.ROUND, false);
        preference.chooseLanguage(Locale.UK);
        assertThat(preference.wants(ReminderKind.ROUND)).isFalse();
        assertThat(preference.wants(ReminderKind.MEETING)).isTrue();
        assertThat(preference.locale()).isEqualTo(Texts.ENGLISH);
        assertThat(preference.getLanguage()).contains("en");
    }

    @Test
    void tokensAreUnguessableAndOnlyWellFormedOnesAreLookedUp() {
        String token = ReminderLinks.newToken();
        assertThat(ReminderLinks.wellFormed(token)).isTrue();
        assertThat(ReminderLinks.newToken()).isNotEqualTo(token);
        assertThat(ReminderLinks.wellFormed("<script>")).isFalse();
        assertThat(ReminderLinks.wellFormed(null)).isFalse();
        assertThat(ReminderLinks.wellFormed(token + "x")).isFalse();
    }

    @Test
    void theMailsSayTheirDatesAndLinksInBothLanguages() {
        assertThat(Texts.get(Texts.DANISH, "reminder.round.text", "Anna", "Runde", "31-12-2026", "http://x/r?id=1"))
                .contains("Runden lukker 31-12-2026", "http://x/r?id=1");
        assertThat(Texts.get(Texts.ENGLISH, "reminder.due.subject", 1)).isEqualTo("Dates to watch: one item");
        assertThat(Texts.get(Texts.DANISH, "reminder.due.subject", 3)).isEqualTo("Datoer at holde øje med: 3 ting");
        assertThat(Texts.get(Texts.DANISH, "reminder.digest.text", "Bo", "- ingen", 12345L, "- ingen", 2L, "u"))
                .contains("Møder de næste 7 dage: 12.345");
    }
}
