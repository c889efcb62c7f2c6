package dk.kompetencenet.start;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import dk.kompetencenet.competence.Bilingual;
import dk.kompetencenet.followup.SnapshotKind;
import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.training.DesignationKind;

/** The items of the start page's task lists: each what the page shows and what its one click needs. */
public final class TaskItems {

    private TaskItems() {
    }

    /** One coming occurrence of a meeting the person is invited to, with their answer so far (null: none yet). */
    public record MeetingItem(Long meetingId, long version, String title, LocalDateTime originalStart,
                              LocalDateTime start, LocalDateTime end, String location, Answer answer)
            implements Serializable {

        public boolean isAccepted() {
            return answer == Answer.ACCEPTED;
        }

        public boolean isDeclined() {
            return answer == Answer.DECLINED;
        }
    }

    /** An open self-assessment round the person takes part in and has not finished. */
    public record RoundItem(Long roundId, String name, LocalDate closesOn, long answered, long total)
            implements Serializable {

        public long percent() {
            return total == 0 ? 0 : Math.round(100.0 * answered / total);
        }
    }

    /** A goal of the person's own development plan, due soon or overdue and not reached. */
    public record GoalItem(Long goalId, Long employeeId, String description, LocalDate dueOn, boolean overdue)
            implements Serializable {
    }

    /** A colleague who has assessed themselves since they were last rated (or never rated). */
    public record RatingItem(Long employeeId, String firstName, String lastName) implements Serializable {
    }

    /** An adopted local document whose review date is near or past. */
    public record DocumentItem(Long institutionId, String institution, String kindKey, String danish, String english,
                               LocalDate reviewOn, boolean overdue) implements Bilingual, Serializable {
    }

    /** An equipment need requested and waiting for the leader's approval. */
    public record EquipmentItem(Long needId, String institution, String what, int quantity, LocalDate requestedOn)
            implements Serializable {
    }

    /**
     * A supervisor designation (kind set) or a module's certificate (module set) at the institution that ends within
     * the warning period; a certificate links to its programme run.
     */
    public record ExpiryItem(Long institutionId, String institution, String person, DesignationKind kind, String module,
                             Long programmeId, Long runId, LocalDate endsOn) implements Serializable {

        public boolean isDesignation() {
            return kind != null;
        }
    }

    /** A self-assessment round past its end date and still open. */
    public record CloseItem(Long roundId, String name, LocalDate closesOn) implements Serializable {
    }

    /** A snapshot of the strategy in force that is due (or soon) and not taken. */
    public record SnapshotItem(SnapshotKind kind, LocalDate dueOn, boolean overdue) implements Serializable {
    }

    /** An active institution without a supervisor designated today. */
    public record InstitutionItem(Long institutionId, String name) implements Serializable {
    }
}
