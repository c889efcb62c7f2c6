package dk.kompetencenet.demo;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.demo.DemoStaff.Person;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.Invitation;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.strategy.Initiative;

/**
 * Meetings held: a series of each network over the past year and two theme meetings, answered, with attendance,
 * minutes and action items (the older done, the latest open); a staff meeting the demo employee attended; and three
 * meetings ahead at her school that she has not answered yet, where colleagues have.
 */
@ApplicationScoped
class HistoryMeetings {

    private static final String DIGITAL = "netvaerk-digital-didaktiske-vejledere";
    private static final String IT = "netvaerk-it-didaktiske-vejledere";
    private static final String SCHOOL = "Birkelyskolen";

    @Inject
    private MeetingService meetings;

    @Inject
    private AfterMeeting after;

    @Inject
    private NetworkService networks;

    /** The year behind: network series, theme meetings and a staff meeting at the demo employee's school. */
    void held(DemoStaff staff, Long coordinatorId) {
        for (String key : List.of(DIGITAL, IT)) {
            Network network = networks.bySeedKey(key).orElseThrow();
            LocalDateTime start = staff.tuesday(-50).plusDays(key.equals(IT) ? 1 : 2).atTime(13, 0);
            Meeting series = meetings.scheduleFor(coordinatorId, new Meeting.Details(MeetingKind.NETWORK_MEETING,
                    "Netværksmøde", "1. Nyt fra netværket\n2. Erfaringer fra praksis\n3. Aftaler til næste gang",
                    "Rådhuset, Aabybro", "Mødelokale 2", start, start.plusHours(2), "FREQ=WEEKLY;INTERVAL=4;COUNT=11",
                    null), ids(network.getInitiatives()), new MeetingService.Invitees(network.getId(), null, Set.of()))
                    .meeting();
            List<Occurrence> occurrences = series.occurrences();
            for (int i = 0; i < occurrences.size(); i++) {
                LocalDateTime at = occurrences.get(i).originalStart();
                Invitation owner = held(staff, series, at, 0.9);
                after.writeMinutes(series.getId(), 0, at, "Netværket delte erfaringer fra praksis. Næste gang: "
                        + staff.pick(List.of("Bee-Bots i indskolingen", "digital dannelse", "forældresamarbejde i Aula",
                        "kildekritik og AI", "evaluering med digitale værktøjer")) + ".");
                if (i % 3 == 1 || i == occurrences.size() - 1) {
                    var item = after.addActionItem(series.getId(), at, staff.pick(List.of(
                            "Sende oplægget rundt til netværket", "Afprøve forløbet og fortælle om det næste gang",
                            "Samle spørgsmål til forvaltningen")), owner.getEmployee().getId(),
                            at.toLocalDate().plusWeeks(3));
                    if (i < occurrences.size() - 4) {
                        after.setActionItemDone(item.getId(), item.getVersion(), true);
                    }
                }
            }
        }
        Long themeInitiative = networks.bySeedKey(DIGITAL).orElseThrow().getInitiatives().iterator().next().getId();
        theme(staff, coordinatorId, "Temamøde: Bee-Bots og programmering med de yngste", staff.tuesday(-38),
                themeInitiative, staff.all().stream().filter(p -> !isSchool(p)).toList());
        theme(staff, coordinatorId, "Temamøde: Kildekritik og kunstig intelligens", staff.tuesday(-12),
                themeInitiative, staff.all().stream().filter(HistoryMeetings::isSchool).toList());
        LocalDateTime staffMeeting = staff.tuesday(-8).plusDays(1).atTime(15, 0);
        Meeting meeting = atSchool(staff, "Pædagogisk rådsmøde: digital dannelse i alle fag", staffMeeting,
                themeInitiative);
        held(staff, meeting, staffMeeting, 1.0);
        after.writeMinutes(meeting.getId(), 0, staffMeeting, "Fagteamene aftalte et forløb om digital dannelse pr."
                + " årgang. Vejlederen samler forløbene.");
    }

    /** Three meetings ahead at the demo employee's school: colleagues have answered, she has not. */
    void ahead(DemoStaff staff) {
        Long initiative = networks.bySeedKey(IT).orElseThrow().getInitiatives().iterator().next().getId();
        List<String> titles = List.of("Fagteammøde: kildekritik og AI i udskolingen",
                "Workshop: digitale evalueringsværktøjer", "Fagteammøde: teknologiforståelse i natur/teknologi");
        for (int i = 0; i < titles.size(); i++) {
            LocalDateTime start = staff.tuesday(i + 1).plusDays(1).atTime(14, 30);
            Meeting meeting = atSchool(staff, titles.get(i), start, initiative);
            for (Invitation invitation : meetings.invitations(meeting)) {
                if (!invitation.getEmployee().getEmail().equals(DemoStaff.EMPLOYEE) && staff.chance(0.6)) {
                    invitation.answer(start, staff.chance(0.8) ? Answer.ACCEPTED : Answer.TENTATIVE,
                            staff.at(staff.today.minusDays(1), 10));
                }
            }
        }
    }

    private Meeting atSchool(DemoStaff staff, String title, LocalDateTime start, Long initiative) {
        Person organiser = staff.get("jonas.vestergaard@birkely.example.dk");
        return meetings.scheduleFor(organiser.id(), new Meeting.Details(MeetingKind.OTHER, title,
                "Oplæg ved IT-vejlederen og arbejde i fagteams.", SCHOOL, "Personalerummet", start,
                start.plusMinutes(90), null, null), Set.of(initiative),
                new MeetingService.Invitees(null, staff.institution(SCHOOL), Set.of())).meeting();
    }

    private void theme(DemoStaff staff, Long coordinatorId, String title, java.time.LocalDate day, Long initiative,
                       List<Person> audience) {
        LocalDateTime start = day.atTime(16, 0);
        Set<Long> invited = staff.some(audience, 0.7).stream().map(Person::id).collect(Collectors.toSet());
        Meeting meeting = meetings.scheduleFor(coordinatorId, new Meeting.Details(MeetingKind.THEME_MEETING, title,
                "Oplæg, erfaringer fra praksis og workshop.", "Troldehøjen", null, start, start.plusHours(2), null, 30),
                Set.of(initiative), MeetingService.Invitees.people(invited)).meeting();
        held(staff, meeting, start, 0.8);
        after.writeMinutes(meeting.getId(), 0, start, "Oplæg og workshop; materialet ligger på intra.");
    }

    /**
     * The invitees' answers a week before and their attendance at one occurrence: most accept and come.
     *
     * @return an invitee who came, to own an action item
     */
    private Invitation held(DemoStaff staff, Meeting meeting, LocalDateTime at, double accepting) {
        Map<Long, AttendanceStatus> attendance = new HashMap<>();
        Invitation came = null;
        for (Invitation invitation : meetings.invitations(meeting)) {
            boolean employee = invitation.getEmployee().getEmail().equals(DemoStaff.EMPLOYEE);
            boolean accepts = employee || staff.chance(accepting);
            invitation.answer(at, accepts ? Answer.ACCEPTED : Answer.DECLINED,
                    staff.at(at.toLocalDate().minusDays(7), 9));
            AttendanceStatus status = !accepts ? AttendanceStatus.EXCUSED
                    : employee || staff.chance(0.9) ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
            attendance.put(invitation.getEmployee().getId(), status);
            if (status == AttendanceStatus.PRESENT && came == null) {
                came = invitation;
            }
        }
        after.recordAttendance(meeting.getId(), at, attendance);
        return came == null ? meetings.invitations(meeting).get(0) : came;
    }

    private static boolean isSchool(Person person) {
        return person.role() == JobRole.LAERER || List.of(SCHOOL, "Fjordskolen", "Kystens Specialtilbud",
                "Ungdomsskolen").contains(person.institution());
    }

    private static Set<Long> ids(Set<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::getId).collect(Collectors.toSet());
    }
}
