package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.kompetencenet.meeting.calendar.RecurrenceRules;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.strategy.Initiative;

/**
 * What a meeting may be: the one source of its field limits (the columns of {@link Meeting}, the checks here and the
 * form's maxlength through {@code web/MeetingLimits}) and of its time rules.
 */
public final class MeetingRules {

    public static final int TITLE = 300;
    public static final int AGENDA = 4000;
    public static final int LOCATION = 300;
    public static final int ROOM = 100;
    public static final int RRULE = 500;
    public static final int MAX_CAPACITY = 10_000;
    /** The longest a meeting or an occurrence may last. */
    public static final Duration LONGEST = Duration.ofHours(12);

    private MeetingRules() {
    }

    /**
     * Checks what a form or an API call describes, all fields at once.
     *
     * @return the series' rule in canonical form, or null for a single meeting
     * @throws InvalidInputException naming every field at fault
     */
    static String checked(Meeting.Details d, Set<Initiative> served) {
        List<Problem> problems = new ArrayList<>();
        if (d.kind() == null) {
            problems.add(Problem.inField("kind", "meeting.error.kindRequired"));
        }
        if (Text.optional(d.title()) == null) {
            problems.add(Problem.inField("title", "meeting.error.titleRequired"));
        }
        Text.checkLine(problems, "title", d.title(), TITLE);
        Text.checkLines(problems, "agenda", d.agenda(), AGENDA);
        Text.checkLine(problems, "location", d.location(), LOCATION);
        Text.checkLine(problems, "room", d.room(), ROOM);
        if (d.start() == null || d.end() == null) {
            problems.add(Problem.inField("start", "meeting.error.timeRequired"));
        } else {
            timeProblem(d.start(), d.end()).ifPresent(problems::add);
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > MAX_CAPACITY)) {
            problems.add(Problem.inField("capacity", "meeting.error.capacity"));
        }
        if (served == null || served.isEmpty()) {
            problems.add(Problem.inField("initiativeIds", "meeting.error.initiativeRequired"));
        }
        String rule = null;
        if (Text.optional(d.rrule()) != null) {
            try {
                rule = RecurrenceRules.normalise(d.rrule(), d.start());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rule;
    }

    /** Refuses a time (of a meeting or a moved occurrence) that ends before it starts or lasts too long. */
    static void checkTime(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new InvalidInputException(Problem.inField("end", "meeting.error.endBeforeStart"));
        }
        timeProblem(start, end).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
    }

    /** What is wrong with a time that ends before it starts or lasts too long (also a date poll's proposed times). */
    public static java.util.Optional<Problem> timeProblem(LocalDateTime start, LocalDateTime end) {
        if (!end.isAfter(start)) {
            return java.util.Optional.of(Problem.inField("end", "meeting.error.endBeforeStart"));
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            return java.util.Optional.of(Problem.inField("end", "meeting.error.tooLongMeeting", LONGEST.toHours()));
        }
        return java.util.Optional.empty();
    }
}
