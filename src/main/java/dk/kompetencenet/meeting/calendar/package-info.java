/**
 * The calendar port: meetings as RFC 5545 iCalendar, through iCal4j. The rest of the meeting feature speaks only the
 * records here ({@link dk.kompetencenet.meeting.calendar.CalendarEvent} and friends); iCal4j stays inside this package.
 */
package dk.kompetencenet.meeting.calendar;
