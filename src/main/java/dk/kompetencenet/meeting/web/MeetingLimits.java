package dk.kompetencenet.meeting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.MeetingRules;

/** The meeting form's maxlength values, from {@link MeetingRules}, the one source of a meeting's field limits. */
@Named
@ApplicationScoped
public class MeetingLimits {

    public int getTitle() {
        return MeetingRules.TITLE;
    }

    public int getAgenda() {
        return MeetingRules.AGENDA;
    }

    public int getLocation() {
        return MeetingRules.LOCATION;
    }

    public int getRoom() {
        return MeetingRules.ROOM;
    }

    public int getRrule() {
        return MeetingRules.RRULE;
    }
}
