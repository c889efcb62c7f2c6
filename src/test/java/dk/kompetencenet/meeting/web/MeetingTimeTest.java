package dk.kompetencenet.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;

class MeetingTimeTest {

    private static MeetingTime on(String from, String to) {
        MeetingTime time = new MeetingTime();
        time.setDay(LocalDate.of(2027, 1, 7));
        time.setFrom(from);
        time.setTo(to);
        return time;
    }

    @Test
    void aDayWithFromAndToGivesStartAndEnd() {
        MeetingTime time = on("14:00", "16:30");
        assertThat(time.start()).isEqualTo(LocalDateTime.of(2027, 1, 7, 14, 0));
        assertThat(time.end()).isEqualTo(LocalDateTime.of(2027, 1, 7, 16, 30));
        assertThat(on("9.15", "10.00").start()).isEqualTo(LocalDateTime.of(2027, 1, 7, 9, 15));
    }

    @Test
    void anEndAtOrBeforeTheStartIsTheNextDay() {
        assertThat(on("22:00", "01:00").end()).isEqualTo(LocalDateTime.of(2027, 1, 8, 1, 0));
    }

    @Test
    void refusesSomethingThatIsNotATimeOfDay() {
        assertThatThrownBy(() -> on("25:00", "16:00").start()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> on("14:00", "__:__").end()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsBackAStoredMeeting() {
        MeetingTime time = MeetingTime.of(LocalDateTime.of(2027, 1, 7, 9, 0), LocalDateTime.of(2027, 1, 7, 10, 0));
        assertThat(time.getFrom()).isEqualTo("09:00");
        assertThat(time.getTo()).isEqualTo("10:00");
    }
}
