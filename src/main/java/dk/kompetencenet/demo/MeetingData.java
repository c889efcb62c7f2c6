package dk.kompetencenet.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.kompetencenet.demo.MunicipalityGenerator.Member;
import dk.kompetencenet.demo.Reference.Network;
import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.RegistrationStatus;
import dk.kompetencenet.strategy.InitiativeSector;

/**
 * Meetings over three years (two past, one ahead): three in four are network meetings of the seeded networks, per
 * area, inviting the members who work there; the rest are theme meetings with a capacity, registrations and a waiting
 * list. Each serves initiatives; past ones have answers and recorded attendance.
 */
final class MeetingData {

    private static final Map<InitiativeSector, List<String>> THEMES = new EnumMap<>(Map.of(
            InitiativeSector.DAGTILBUD, List.of("Digitale redskaber i den pædagogiske praksis",
                    "Bee-Bots og programmering med de yngste", "Billeder, lyd og film i børnehøjde",
                    "Digital dannelse i dagtilbud"),
            InitiativeSector.SKOLE, List.of("Kildekritik og kunstig intelligens",
                    "Digital mobning: forebyggelse og handling", "Evaluering med digitale værktøjer",
                    "Teknologiforståelse i fagene"),
            InitiativeSector.BOTH, List.of("Datainformeret ledelse", "Digitalt forældresamarbejde i Aula")));
    private static final String AGENDA = "1. Nyt fra netværket\n2. Erfaringer fra praksis\n3. Næste møde";

    private final MunicipalityGenerator g;
    private final Map<InitiativeSector, List<Person>> staffBySector = new EnumMap<>(InitiativeSector.class);

    MeetingData(MunicipalityGenerator generator) {
        this.g = generator;
        Map<Long, Person> byId = new HashMap<>();
        for (Person person : generator.people) {
            byId.put(person.id(), person);
            staffBySector.computeIfAbsent(person.home().sector(), k -> new ArrayList<>()).add(person);
        }
        LocalDate longAgo = generator.today.minusYears(10);
        for (Network network : generator.reference.networks()) {
            network.members().stream().sorted().map(byId::get).filter(p -> p != null).forEach(p -> generator.membersOf
                    .computeIfAbsent(network.id(), k -> new ArrayList<>()).add(new Member(p, longAgo, null)));
        }
    }

    /** Returns the number of meetings. */
    long make() {
        List<Network> networks = g.reference.networks().stream()
                .filter(n -> !g.membersOf.getOrDefault(n.id(), List.of()).isEmpty()).toList();
        int themeMeetings = networks.isEmpty() ? g.scale.meetings() : g.scale.meetings() / 4;
        for (int i = 0; i < g.scale.meetings() - themeMeetings; i++) {
            networkMeeting(networks.get(i % networks.size()));
        }
        for (int i = 0; i < themeMeetings; i++) {
            themeMeeting();
        }
        return g.meeting.written();
    }

    private LocalDate day() {
        return MunicipalityGenerator.weekday(g.today.minusDays(730).plusDays(g.random.nextInt(1096)));
    }

    /** A network meeting for the members working in one area (all members where the area has none). */
    private void networkMeeting(Network network) {
        LocalDate day = day();
        List<Member> members = g.membersOf.get(network.id()).stream().filter(m -> m.on(day)).toList();
        if (members.isEmpty()) {
            members = g.membersOf.get(network.id());
        }
        String area = g.pick(members).person().home().area();
        List<Person> invitees = members.stream().map(Member::person).filter(p -> p.home().area().equals(area))
                .toList();
        LocalDateTime start = day.atTime(g.random.nextBoolean() ? 13 : 14, 0);
        long id = meeting(MeetingKind.NETWORK_MEETING, "Netværksmøde, " + area, AGENDA,
                "Rådhuset, " + g.pick(DanishNames.TOWNS).name(), start, network.id(), null,
                g.reference.coordinatorId().orElse(invitees.get(0).id()), network.initiatives());
        invite(id, start, invitees);
    }

    /** A theme meeting with registrations up to its capacity and a waiting list beyond it. */
    private void themeMeeting() {
        InitiativeSector sector = g.pick(List.of(InitiativeSector.DAGTILBUD, InitiativeSector.DAGTILBUD,
                InitiativeSector.SKOLE, InitiativeSector.BOTH));
        List<Person> audience = sector == InitiativeSector.BOTH ? g.people
                : staffBySector.getOrDefault(sector, g.people);
        List<Long> initiatives = new ArrayList<>(g.reference.initiatives().getOrDefault(sector, List.of()));
        if (initiatives.isEmpty()) {
            g.reference.initiatives().values().forEach(initiatives::addAll);
        }
        int capacity = g.pick(List.of(20, 25, 30, 40));
        LocalDateTime start = day().atTime(g.pick(List.of(9, 15, 16)), 0);
        long id = meeting(MeetingKind.THEME_MEETING, "Temamøde: " + g.pick(THEMES.get(sector)),
                "Oplæg, erfaringer fra praksis og workshop.", g.pick(g.created).name(), start, null, capacity,
                g.reference.coordinatorId().orElse(g.pick(audience).id()),
                initiatives.isEmpty() ? List.of() : List.of(g.pick(initiatives)));
        Set<Person> registrants = new LinkedHashSet<>();
        for (int wanted = (int) Math.round(capacity * (0.5 + g.random.nextDouble() * 0.8)), tries = 0;
             registrants.size() < wanted && tries < wanted * 3; tries++) {
            registrants.add(g.pick(audience));
        }
        List<Person> seated = new ArrayList<>();
        for (Person person : registrants) {
            RegistrationStatus status = g.chance(0.05) ? RegistrationStatus.CANCELLED
                    : seated.size() < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
            g.registration.add(g.rows.id(), id, person.id(), invitedAt(start), status);
            if (status == RegistrationStatus.REGISTERED) {
                seated.add(person);
            }
        }
        invite(id, start, seated);
    }

    private long meeting(MeetingKind kind, String title, String agenda, String location, LocalDateTime start,
                         Long networkId, Integer capacity, long organiserId, List<Long> initiatives) {
        long id = g.rows.id();
        LocalDateTime end = start.plusHours(kind == MeetingKind.THEME_MEETING && start.getHour() == 9 ? 6 : 2);
        boolean cancelled = start.toLocalDate().isAfter(g.today) && g.chance(0.02);
        g.meeting.add(id, 0L, "kompetencenet-demo-" + id + "@kompetencenet", 0, kind, title, agenda, location,
                kind == MeetingKind.NETWORK_MEETING ? "Mødelokale " + g.between(1, 4) : null, start, end, null, end,
                organiserId, networkId, capacity, cancelled, invitedAt(start));
        for (Long initiative : initiatives) {
            g.meetingInitiative.add(id, initiative);
        }
        g.audit("SCHEDULE", "Meeting", id, title);
        return id;
    }

    /** Invitations; past meetings (not cancelled) mostly have attendance recorded, and many invitees answered. */
    private void invite(long meetingId, LocalDateTime start, List<Person> invitees) {
        Instant invited = invitedAt(start);
        boolean recorded = start.toLocalDate().isBefore(g.today) && g.chance(0.92);
        for (Person person : invitees) {
            long id = g.rows.id();
            g.invitation.add(id, meetingId, person.id(), invited);
            double r = g.random.nextDouble();
            if (g.chance(0.6)) {
                g.answer.add(g.rows.id(), id, start, r < 0.8 ? Answer.ACCEPTED : r < 0.9 ? Answer.TENTATIVE
                        : Answer.DECLINED, invited.plusSeconds(g.between(3_600, 7 * 86_400)));
            }
            if (recorded) {
                g.attendance.add(g.rows.id(), id, start, r < 0.8 ? AttendanceStatus.PRESENT
                        : r < 0.9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
            }
        }
    }

    /** Meetings are planned (and their invitations sent) three weeks before. */
    private Instant invitedAt(LocalDateTime start) {
        return g.instant(start.toLocalDate().minusDays(21), 10);
    }
}
