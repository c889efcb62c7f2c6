package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import dk.kompetencenet.meeting.calendar.MovedOccurrence;

/**
 * A series' records of particular occurrences, each by its original start: held at another time, cancelled, added
 * besides the rule (an extra date), and minutes. A view of the meeting's own list, which JPA keeps.
 */
final class OccurrenceRecords {

    private final Meeting meeting;
    private final List<MeetingOccurrence> records;

    OccurrenceRecords(Meeting meeting, List<MeetingOccurrence> records) {
        this.meeting = meeting;
        this.records = records;
    }

    /** The record of one occurrence, made on first use. */
    MeetingOccurrence of(LocalDateTime originalStart) {
        return records.stream().filter(o -> o.getOriginalStart().equals(originalStart)).findFirst()
                .orElseGet(() -> {
                    MeetingOccurrence created = new MeetingOccurrence(meeting, originalStart);
                    records.add(created);
                    return created;
                });
    }

    boolean isCancelled(LocalDateTime originalStart) {
        return records.stream().anyMatch(o -> o.getOriginalStart().equals(originalStart) && o.isCancelled());
    }

    List<LocalDateTime> cancelled() {
        return records.stream().filter(MeetingOccurrence::isCancelled).map(MeetingOccurrence::getOriginalStart).toList();
    }

    List<MovedOccurrence> moved() {
        return records.stream().filter(MeetingOccurrence::isMoved)
                .map(o -> new MovedOccurrence(o.getOriginalStart(), o.getStartAt(), o.getEndAt())).toList();
    }

    /** The extra dates, in order. */
    List<LocalDateTime> added() {
        return records.stream().filter(MeetingOccurrence::isAdded).map(MeetingOccurrence::getOriginalStart).sorted()
                .toList();
    }

    /** Every record moved by the same amount as the series. */
    void shift(Duration by) {
        records.forEach(o -> o.shift(by));
    }

    /** Takes the records of this occurrence and the later ones out of the series. */
    List<MeetingOccurrence> takeFrom(LocalDateTime originalStart) {
        List<MeetingOccurrence> later = records.stream().filter(o -> !o.getOriginalStart().isBefore(originalStart))
                .toList();
        records.removeAll(later);
        return later;
    }

    /** Takes over what a split series had recorded for an occurrence: cancelled, minutes. */
    void adopt(MeetingOccurrence earlier, LocalDateTime originalStart) {
        MeetingOccurrence mine = of(originalStart);
        if (earlier.isCancelled()) {
            mine.cancel();
        }
        mine.writeMinutes(earlier.getMinutes());
    }
}
