package dk.kompetencenet.meeting.calendar;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One occurrence of a meeting, as it will be held.
 *
 * @param originalStart the start the rule gives; identifies the occurrence even after it is moved
 * @param moved         held at another time than the rule gives
 */
public record Occurrence(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end, boolean moved) implements Serializable {
}
