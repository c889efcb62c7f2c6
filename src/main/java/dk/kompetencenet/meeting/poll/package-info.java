/**
 * Date polls (like Outlook's FindTime): an organiser proposes several times for a network or theme meeting, each
 * invitee answers yes / if need be / no per time, logged in or through a personal link from the mail, and the chosen
 * time becomes the meeting through the meeting's own scheduling (its invitations and mails); the poll then closes.
 */
package dk.kompetencenet.meeting.poll;
