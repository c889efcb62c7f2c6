package dk.kompetencenet.meeting.calendar;

import java.time.LocalDateTime;

/** One occurrence of a series held at another time: identified by its original start (RECURRENCE-ID). */
public record MovedOccurrence(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end) {
}
