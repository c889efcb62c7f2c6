package dk.kompetencenet.meeting.calendar;

import java.util.List;

/**
 * What an uploaded .ics file holds, event by event, before anything is saved: the events that can be imported and
 * those that cannot, each with its reason.
 */
public record ImportResult(List<ImportedEvent> events, List<SkippedEvent> skipped) {

    public ImportResult {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    /**
     * A VEVENT that is not imported.
     *
     * @param line    where the event begins
     * @param summary its title, or null if it has none
     * @param reasons why, each a message key with arguments (and the line at fault)
     */
    public record SkippedEvent(int line, String summary,
                               List<dk.kompetencenet.platform.InvalidInputException.Problem> reasons) {

        public SkippedEvent {
            reasons = List.copyOf(reasons);
        }
    }
}
