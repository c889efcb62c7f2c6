package dk.kompetencenet.meeting.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * A series' exceptions as a calendar program writes them: cancelled dates (EXDATE), and occurrences held at another
 * time or cancelled (a VEVENT with the series' UID and a RECURRENCE-ID). Each must name a start the rule or an extra
 * date (RDATE) gives.
 */
final class SeriesExceptions {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** An override of one occurrence (a VEVENT with a RECURRENCE-ID) and the line where it begins. */
    record Override(VEvent event, int line) {
    }

    private final List<LocalDateTime> cancelled = new ArrayList<>();
    private final List<MovedOccurrence> moved = new ArrayList<>();

    private SeriesExceptions() {
    }

    /**
     * The exceptions of the series that begins at {@code line}, and the occurrences its own time zone holds at another
     * Copenhagen time ({@link SeriesTimeline}); problems are added, each at its event's line.
     */
    static SeriesExceptions of(VEvent master, int line, SeriesTimeline timeline, LocalDateTime start, LocalDateTime end,
                               List<MovedOccurrence> extra, List<Override> overrides, List<Problem> problems) {
        SeriesExceptions exceptions = new SeriesExceptions();
        Duration length = Duration.between(start, end);
        for (Property property : master.getProperties(Property.EXDATE)) {
            for (Object date : ((DateListProperty<?>) property).getDates()) {
                exceptions.original(EventReading.local((Temporal) date), timeline, line, problems)
                        .ifPresent(exceptions::cancel);
            }
        }
        Set<LocalDateTime> overridden = new HashSet<>();
        for (Override override : overrides) {
            Optional<LocalDateTime> original = exceptions.original(EventReading.local(override.event()
                    .<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID).orElseThrow().getDate()), timeline,
                    override.line(), problems);
            if (original.isEmpty()) {
                continue;
            }
            overridden.add(original.get());
            boolean cancelledHere = override.event().getProperty(Property.STATUS).map(Property::getValue)
                    .filter("CANCELLED"::equalsIgnoreCase).isPresent();
            if (cancelledHere) {
                exceptions.cancel(original.get());
            } else {
                exceptions.move(override, original.get(), length, problems);
            }
        }
        for (MovedOccurrence period : extra) { // an extra date given as a period, with its own end
            if (timeline.extra().contains(period.originalStart()) && !period.end().equals(period.start().plus(length))
                    && !overridden.contains(period.originalStart())
                    && !exceptions.cancelled.contains(period.originalStart())) {
                exceptions.moved.add(period);
            }
        }
        for (LocalDateTime original : timeline.zoneMoves()) {
            if (!overridden.contains(original) && !exceptions.cancelled.contains(original)) {
                LocalDateTime held = timeline.heldAt(original);
                exceptions.moved.add(new MovedOccurrence(original, held, held.plus(length)));
            }
        }
        exceptions.cancelled.sort(Comparator.naturalOrder());
        exceptions.moved.sort(Comparator.comparing(MovedOccurrence::originalStart));
        return exceptions;
    }

    List<LocalDateTime> cancelled() {
        return cancelled;
    }

    List<MovedOccurrence> moved() {
        return moved;
    }

    private void cancel(LocalDateTime original) {
        if (!cancelled.contains(original)) {
            cancelled.add(original);
        }
    }

    /** The occurrence an EXDATE or RECURRENCE-ID names by the time it is held, or a problem at the line. */
    private Optional<LocalDateTime> original(LocalDateTime held, SeriesTimeline timeline, int line,
                                             List<Problem> problems) {
        Optional<LocalDateTime> original = timeline.originalHeldAt(held);
        if (original.isEmpty()) {
            problems.add(Problem.atLine(line, "ics.error.notAnOccurrence", SHOWN.format(held)));
        }
        return original;
    }

    /** An occurrence held at another time; without a DTEND or DURATION it lasts as long as the series' meetings. */
    private void move(Override override, LocalDateTime original, Duration length, List<Problem> problems) {
        VEvent event = override.event();
        Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            problems.add(Problem.atLine(override.line(), "ics.error.missingStart"));
            return;
        }
        LocalDateTime start = EventReading.local(dtStart.get().getDate());
        LocalDateTime end = EventReading.end(event, start, length);
        moved.add(new MovedOccurrence(original, start, end));
    }
}
