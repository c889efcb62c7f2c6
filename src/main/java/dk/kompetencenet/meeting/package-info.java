/**
 * The supervisors' networks and their meetings: network meetings, theme meetings with registration and a waiting
 * list, series by RRULE with moved and cancelled occurrences, invitations and answers per occurrence, attendance,
 * minutes and action items, and calendars that land in everyone's own calendar program (see {@code calendar}).
 */
package dk.kompetencenet.meeting;
