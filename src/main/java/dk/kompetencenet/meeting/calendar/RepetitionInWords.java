package dk.kompetencenet.meeting.calendar;

import java.time.temporal.Temporal;

import net.fortuna.ical4j.model.Recur;

import dk.kompetencenet.platform.i18n.Message;

/** How a series repeats, as text for the user: "Hver 2. uge", "Every month" (keys {@code ics.repeat.*}). */
public final class RepetitionInWords {

    private RepetitionInWords() {
    }

    /** For a normalised rule (see {@link RecurrenceRules}), or null for a single meeting. */
    public static Message of(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Message.of("ics.repeat.none");
        }
        Recur<Temporal> recur = new Recur<>(rrule);
        int interval = recur.getInterval() < 1 ? 1 : recur.getInterval();
        return Message.of("ics.repeat." + recur.getFrequency().name(), interval);
    }
}
