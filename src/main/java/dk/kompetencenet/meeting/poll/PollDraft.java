package dk.kompetencenet.meeting.poll;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import dk.kompetencenet.meeting.MeetingKind;

/**
 * What the new-poll form describes: the meeting to be (kind, title, place, network, initiatives it serves, the
 * competences it addresses when planned from a gap), the proposed times, and whom to ask as the meeting form chooses
 * them (a network's members, an institution's staff, chosen people).
 */
public record PollDraft(MeetingKind kind, String title, String location, Long networkId, Set<Long> initiativeIds,
                        Set<Long> competenceIds, List<Slot> slots, Long institutionId, Set<Long> employeeIds) {

    /** One proposed time. */
    public record Slot(LocalDateTime start, LocalDateTime end) implements Serializable {
    }
}
