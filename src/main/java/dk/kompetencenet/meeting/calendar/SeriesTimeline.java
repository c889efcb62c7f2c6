package dk.kompetencenet.meeting.calendar;

import static dk.kompetencenet.platform.i18n.Zones.COPENHAGEN;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * Where each meeting of an imported series falls in Copenhagen time. A Kompetencenet series repeats in Copenhagen
 * time; a calendar program's series repeats in the time zone of its DTSTART. For a series in New York (or in UTC) the
 * two part in the weeks where the summer times differ: 09:00 in New York is 15:00 in Copenhagen, but 14:00 for the
 * two or three weeks of March when only America has moved its clocks. So the rule is expanded in both, occurrence by
 * occurrence: {@link #originals()} are the starts the rule gives in Copenhagen time (the identities Kompetencenet
 * keeps), {@link #held} says where each is actually held, and the occurrences where the two differ are kept as moved
 * ({@link #zoneMoves}), so that every meeting keeps its absolute instant.
 */
final class SeriesTimeline {

    private final List<LocalDateTime> originals;
    private final List<LocalDateTime> extra = new ArrayList<>();
    private final Map<LocalDateTime, LocalDateTime> originalOfHeld = new HashMap<>();
    private final Map<LocalDateTime, LocalDateTime> heldOfOriginal = new HashMap<>();

    private SeriesTimeline(List<LocalDateTime> originals, List<LocalDateTime> held) {
        this.originals = originals;
        for (int i = 0; i < originals.size(); i++) {
            originalOfHeld.put(held.get(i), originals.get(i));
            heldOfOriginal.put(originals.get(i), held.get(i));
        }
    }

    /**
     * The timeline of a normalised rule (or of a single meeting, rule null) whose DTSTART had the value
     * {@code startValue}; {@code start} is that start in Copenhagen time.
     *
     * @throws InvalidInputException if the series' own zone gives another number of meetings than Copenhagen's
     */
    static SeriesTimeline of(String rrule, LocalDateTime start, Temporal startValue, int limit,
                             List<LocalDateTime> extra) {
        return ruleOnly(rrule, start, startValue, limit).with(extra);
    }

    /** The same timeline with meetings added on these extra dates (RDATE; held where they are named). */
    private SeriesTimeline with(List<LocalDateTime> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<LocalDateTime> all = new ArrayList<>(originals);
        List<LocalDateTime> held = new ArrayList<>(originals.stream().map(this::heldAt).toList());
        List<LocalDateTime> added = new ArrayList<>();
        for (LocalDateTime e : extra) {
            if (!originalOfHeld.containsKey(e) && !heldOfOriginal.containsKey(e) && !added.contains(e)) {
                all.add(e);
                held.add(e);
                added.add(e);
            }
        }
        SeriesTimeline with = new SeriesTimeline(all, held);
        with.extra.addAll(added);
        return with;
    }

    private static SeriesTimeline ruleOnly(String rrule, LocalDateTime start, Temporal startValue, int limit) {
        if (rrule == null) {
            return new SeriesTimeline(List.of(start), List.of(start));
        }
        List<LocalDateTime> originals = RecurrenceRules.starts(rrule, start, limit);
        Optional<ZonedDateTime> foreign = foreignStart(startValue);
        if (foreign.isEmpty()) {
            return new SeriesTimeline(originals, originals);
        }
        ZonedDateTime seed = foreign.get();
        List<LocalDateTime> held = RecurrenceRules.expanded(rrule, seed, limit).stream()
                .map(z -> z.withZoneSameInstant(COPENHAGEN).toLocalDateTime()).toList();
        if (OpenEndedSeries.isOpenEnded(rrule)) { // the two may part by a meeting at the horizon, which the next day brings anyway
            int both = Math.min(held.size(), originals.size());
            return new SeriesTimeline(originals.subList(0, both), held.subList(0, both));
        }
        if (held.size() != originals.size()) {
            throw new InvalidInputException(Problem.inField("rrule", "ics.error.zoneChangesSeries",
                    seed.getZone().getId()));
        }
        return new SeriesTimeline(originals, held);
    }

    /** The DTSTART in its own zone, if that zone is not Copenhagen's (a floating time is Copenhagen's). */
    private static Optional<ZonedDateTime> foreignStart(Temporal value) {
        ZonedDateTime zoned;
        if (value instanceof ZonedDateTime z) {
            zoned = z;
        } else if (value instanceof OffsetDateTime o) {
            zoned = o.toZonedDateTime();
        } else if (value instanceof Instant instant) {
            zoned = instant.atZone(ZoneOffset.UTC);
        } else {
            return Optional.empty();
        }
        ZoneId zone = zoned.getZone().normalized();
        return zone.equals(COPENHAGEN) ? Optional.empty() : Optional.of(zoned);
    }

    /** The starts the rule gives in Copenhagen time, and the extra dates: the occurrences' identities. */
    List<LocalDateTime> originals() {
        return originals;
    }

    /** The extra dates that are not also starts the rule gives (RFC 5545: those count once). */
    List<LocalDateTime> extra() {
        return extra;
    }

    /** The occurrence held at this Copenhagen time (as an EXDATE or RECURRENCE-ID names it), if any. */
    Optional<LocalDateTime> originalHeldAt(LocalDateTime held) {
        return Optional.ofNullable(originalOfHeld.get(held));
    }

    /** Where an occurrence is held in Copenhagen time. */
    LocalDateTime heldAt(LocalDateTime original) {
        return heldOfOriginal.getOrDefault(original, original);
    }

    /** The occurrences the series' own zone holds at another Copenhagen time than the rule gives there. */
    List<LocalDateTime> zoneMoves() {
        return originals.stream().filter(o -> !heldAt(o).equals(o)).toList();
    }
}
