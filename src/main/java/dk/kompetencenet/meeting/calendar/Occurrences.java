package dk.kompetencenet.meeting.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The meetings a {@link CalendarEvent} holds, expanded on the server because PrimeFaces' schedule does not expand
 * RRULEs. Expansion is in Copenhagen time: a series at 14:00 stays at 14:00 across summer time; extra dates (RDATE)
 * are added. Cancelled occurrences are left out, moved ones are where they are held now. The event's rule is expected to have passed
 * {@link RecurrenceRules#normalise(String, LocalDateTime)}; in any case at most
 * {@value RecurrenceRules#MAX_OCCURRENCES} are expanded.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /** The whole series (or the single meeting), sorted by start; none for a cancelled event. */
    public static List<Occurrence> all(CalendarEvent event) {
        if (event.cancelled()) {
            return List.of();
        }
        List<LocalDateTime> starts = event.isRecurring()
                ? RecurrenceRules.starts(event.rrule(), event.start(), RecurrenceRules.MAX_OCCURRENCES)
                : List.of(event.start());
        return Stream.concat(starts.stream(), event.extraOccurrences().stream()).distinct()
                .filter(start -> !event.cancelledOccurrences().contains(start))
                .map(start -> held(event, start))
                .sorted(Comparator.comparing(Occurrence::start))
                .toList();
    }

    /**
     * The occurrences that overlap [from, to), sorted by start; a moved occurrence counts where it is held now, and
     * one without length counts where it starts.
     */
    public static List<Occurrence> between(CalendarEvent event, LocalDateTime from, LocalDateTime to) {
        return all(event).stream()
                .filter(o -> o.start().isBefore(to) && (o.end().isAfter(from) || !o.start().isBefore(from)))
                .toList();
    }

    /** The occurrence the rule starts at {@code originalStart}, as it is held: moved, or with the master's length. */
    static Occurrence held(CalendarEvent event, LocalDateTime originalStart) {
        return event.movedOccurrences().stream()
                .filter(moved -> moved.originalStart().equals(originalStart))
                .findFirst()
                .map(moved -> new Occurrence(originalStart, moved.start(), moved.end(), true))
                .orElseGet(() -> new Occurrence(originalStart, originalStart,
                        originalStart.plus(Duration.between(event.start(), event.end())), false));
    }
}
