package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * A meeting's time as forms ask for it: a day, and from and to as "14:00" (typed or chosen, 24-hour clock). A meeting
 * that ends at or before its start time ends the next day.
 */
public class MeetingTime implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private LocalDate day;
    private String from;
    private String to;

    public static MeetingTime of(LocalDateTime start, LocalDateTime end) {
        MeetingTime time = new MeetingTime();
        time.day = start.toLocalDate();
        time.from = SHOWN.format(start);
        time.to = SHOWN.format(end);
        return time;
    }

    public LocalDateTime start() {
        return day == null ? null : day.atTime(clock("from", from));
    }

    public LocalDateTime end() {
        LocalDateTime start = start();
        if (start == null) {
            return null;
        }
        LocalDateTime end = day.atTime(clock("to", to));
        return end.isAfter(start) ? end : end.plusDays(1);
    }

    private static LocalTime clock(String field, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim().replace('.', ':'), CLOCK);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Problem.inField(field, "meeting.error.clock", text == null ? "" : text));
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
