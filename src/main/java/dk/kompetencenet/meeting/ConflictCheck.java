package dk.kompetencenet.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.meeting.calendar.DanishHolidays;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.i18n.Message;

/**
 * The conflict check of a meeting being scheduled or changed: Danish public holidays, school holidays, a booked room and
 * invitees who already have a meeting then. It only reads; the meeting is saved regardless of what it finds.
 */
@ApplicationScoped
class ConflictCheck {

    static final int MAX_WARNINGS = 20;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int IN_LIST_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** What the organiser should know: holidays, school holidays, a booked room, invitees with another meeting. */
    List<Message> warnings(Meeting meeting, Collection<Long> inviteeIds) {
        return warnings(meeting, meeting.getId(), inviteeIds);
    }


    /** The same for a meeting not saved yet, or being changed (self: its id, left out of the candidates). */
    List<Message> warnings(Meeting meeting, Long self, Collection<Long> inviteeIds) {
        List<Occurrence> mine = meeting.occurrences();
        List<Message> warnings = new ArrayList<>();
        if (mine.isEmpty()) {
            return warnings;
        }
        LocalDateTime from = mine.get(0).start();
        LocalDateTime to = mine.stream().map(Occurrence::end).max(LocalDateTime::compareTo).orElseThrow();
        List<SchoolHoliday> schoolHolidays = em.createNamedQuery("SchoolHoliday.overlapping", SchoolHoliday.class)
                .setParameter("first", from.toLocalDate()).setParameter("last", to.toLocalDate()).getResultList();
        for (Occurrence o : mine) {
            LocalDate day = o.start().toLocalDate();
            DanishHolidays.on(day).ifPresent(h -> warnings.add(Message.of("meeting.warning.holiday", DAY.format(day),
                    Message.of(h.key()))));
            schoolHolidays.stream().filter(h -> h.covers(day)).forEach(h -> warnings.add(
                    Message.of("meeting.warning.schoolHoliday", DAY.format(day), h.getName())));
        }
        List<Meeting> candidates = overlappingCandidates(meeting, self == null ? -1L : self, inviteeIds, from, to);
        Map<Long, Set<String>> busyByMeeting = busyInvitees(candidates, inviteeIds);
        for (Meeting other : candidates) {
            Set<String> busy = busyByMeeting.getOrDefault(other.getId(), Set.of());
            boolean sameRoom = meeting.getRoom() != null && meeting.getRoom().equalsIgnoreCase(other.getRoom());
            for (Occurrence theirs : other.occurrencesBetween(from, to)) {
                for (Occurrence o : mine) {
                    if (o.start().isBefore(theirs.end()) && theirs.start().isBefore(o.end())) {
                        if (sameRoom) {
                            warnings.add(Message.of("meeting.warning.room", meeting.getRoom(), WHEN.format(o.start()),
                                    other.getTitle()));
                        }
                        if (!busy.isEmpty()) {
                            warnings.add(Message.of("meeting.warning.busy", WHEN.format(o.start()), busy.size(),
                                    String.join(", ", busy.stream().limit(5).toList()), other.getTitle()));
                        }
                    }
                }
            }
        }
        return warnings.size() > MAX_WARNINGS ? List.copyOf(warnings.subList(0, MAX_WARNINGS)) : warnings;
    }

    private List<Meeting> overlappingCandidates(Meeting meeting, Long self, Collection<Long> inviteeIds,
                                                LocalDateTime from, LocalDateTime to) {
        Set<Meeting> found = new LinkedHashSet<>();
        if (meeting.getRoom() != null) {
            found.addAll(em.createQuery("select m from Meeting m where lower(m.room) = :room and m.cancelled = false"
                            + " and m.id <> :self and m.startAt < :to and m.seriesEnd > :from", Meeting.class)
                    .setParameter("room", meeting.getRoom().toLowerCase(Locale.ROOT)).setParameter("self", self)
                    .setParameter("from", from).setParameter("to", to).getResultList());
        }
        List<Long> ids = List.copyOf(inviteeIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            found.addAll(em.createQuery("select distinct m from Meeting m where m.cancelled = false and m.id <> :self"
                            + " and m.startAt < :to and m.seriesEnd > :from and m.id in (select i.meeting.id from Invitation i"
                            + " where i.employee.id in :ids)", Meeting.class)
                    .setParameter("self", self).setParameter("from", from).setParameter("to", to)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK))).getResultList());
        }
        return List.copyOf(found);
    }

    /** For each candidate meeting, the names of the invitees who are invited to it too (one query per 500 invitees). */
    private Map<Long, Set<String>> busyInvitees(List<Meeting> candidates, Collection<Long> inviteeIds) {
        Map<Long, Set<String>> busy = new HashMap<>();
        if (candidates.isEmpty() || inviteeIds.isEmpty()) {
            return busy;
        }
        List<Long> meetingIds = candidates.stream().map(Meeting::getId).toList();
        List<Long> ids = List.copyOf(inviteeIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            em.createQuery("select i.meeting.id, e.firstName, e.lastName from Invitation i join i.employee e"
                            + " where i.meeting.id in :meetings and e.id in :ids", Object[].class)
                    .setParameter("meetings", meetingIds)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
                    .getResultStream().forEach(r -> busy.computeIfAbsent((Long) r[0], k -> new TreeSet<>())
                            .add(r[1] + " " + r[2]));
        }
        return busy;
    }
}
