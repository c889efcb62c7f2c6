package dk.kompetencenet.meeting.poll.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.poll.DatePoll;
import dk.kompetencenet.meeting.poll.PollDraft;
import dk.kompetencenet.meeting.poll.PollRules;
import dk.kompetencenet.meeting.poll.PollService;
import dk.kompetencenet.meeting.web.MeetingTime;
import dk.kompetencenet.meeting.web.PlannedMeetingForm;
import dk.kompetencenet.platform.web.Messages;

/**
 * The new-poll form: the meeting to be, its proposed times (rows added and removed on the page) and whom to ask, chosen
 * as on the meeting form; planned from a competence gap ({@code ?competence=ID&institution=..&sector=..&jobRole=..})
 * as the meeting form plans a theme meeting from one. Everything is checked by {@link PollService#create}.
 */
@Named
@ViewScoped
public class PollFormBacking extends PlannedMeetingForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private PollService polls;

    private final List<MeetingTime> slots = new ArrayList<>(List.of(new MeetingTime(), new MeetingTime()));

    public void load() {
        loadChoices();
        prefillFromGap();
    }

    public void addSlot() {
        if (slots.size() < PollRules.MAX_SLOTS) {
            slots.add(new MeetingTime());
        }
    }

    public void removeSlot(int index) {
        if (index >= 0 && index < slots.size()) {
            slots.remove(index);
        }
    }

    public String save() {
        List<PollDraft.Slot> times = slots.stream().map(t -> new PollDraft.Slot(t.start(), t.end())).toList();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String applicationUrl = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/";
        DatePoll poll = polls.create(new PollDraft(kind, title, location, networkId, initiativeIdSet(),
                competenceIds(), times, institutionId, peopleIds()), applicationUrl);
        Messages.info("poll.created");
        return "/meeting/poll.xhtml?faces-redirect=true&id=" + poll.getId();
    }

    public MeetingKind[] getKinds() {
        return new MeetingKind[] {MeetingKind.NETWORK_MEETING, MeetingKind.THEME_MEETING};
    }

    public int getMaxSlots() {
        return PollRules.MAX_SLOTS;
    }

    public List<MeetingTime> getSlots() {
        return slots;
    }
}
