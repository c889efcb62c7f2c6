package dk.kompetencenet.meeting.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RDate;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * A series' extra dates (RDATE): meetings held besides those its rule gives, as date-times (lasting as long as the
 * series' meetings) or periods (with their own end), in Copenhagen time. A date without a time of day is no meeting
 * and is refused at the event's line, as an all-day event is.
 */
final class ExtraDates {

    private ExtraDates() {
    }

    /** Each extra meeting as its start (its identity) and when it is held; problems are added at {@code line}. */
    static List<MovedOccurrence> of(VEvent master, int line, Duration length, List<Problem> problems) {
        List<MovedOccurrence> extra = new ArrayList<>();
        for (Property property : master.getProperties(Property.RDATE)) {
            RDate<?> rdate = (RDate<?>) property;
            Optional<? extends Set<? extends Period<?>>> periods = rdate.getPeriods();
            if (periods.isPresent()) { // VALUE=PERIOD: iCal4j then has no dates
                for (Period<?> period : periods.get()) {
                    add(extra, period.getStart(), period.getEnd(), length, line, problems);
                }
                continue;
            }
            for (Object date : rdate.getDates()) {
                add(extra, (Temporal) date, null, length, line, problems);
            }
        }
        extra.sort(Comparator.comparing(MovedOccurrence::originalStart));
        return extra;
    }

    private static void add(List<MovedOccurrence> extra, Temporal startValue, Temporal endValue, Duration length,
                            int line, List<Problem> problems) {
        if (startValue instanceof LocalDate) {
            problems.add(Problem.atLine(line, "ics.skip.allDay"));
            return;
        }
        LocalDateTime start = EventReading.local(startValue);
        LocalDateTime end = endValue == null ? start.plus(length) : EventReading.local(endValue);
        if (extra.stream().noneMatch(e -> e.originalStart().equals(start))) {
            extra.add(new MovedOccurrence(start, start, end));
        }
    }
}
