package dk.kompetencenet.meeting.poll;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingRules;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.i18n.Message;

/**
 * What a date poll may be: a network or theme meeting with a title, a network for a network meeting, at least one
 * initiative, and 1 to {@link #MAX_SLOTS} different times, each in the future and each a time a meeting may have
 * ({@link MeetingRules#timeProblem}). Every problem is named by its field, a time by its number.
 */
public final class PollRules {

    public static final int MAX_SLOTS = 20;

    private PollRules() {
    }

    /** Refuses the draft, naming every field at fault. */
    static void check(PollDraft d, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        if (d.kind() != MeetingKind.NETWORK_MEETING && d.kind() != MeetingKind.THEME_MEETING) {
            problems.add(Problem.inField("kind", "poll.error.kind"));
        }
        if (d.kind() == MeetingKind.NETWORK_MEETING && d.networkId() == null) {
            problems.add(Problem.inField("networkId", "poll.error.networkRequired"));
        }
        if (Text.optional(d.title()) == null) {
            problems.add(Problem.inField("title", "meeting.error.titleRequired"));
        }
        Text.checkLine(problems, "title", d.title(), MeetingRules.TITLE);
        Text.checkLine(problems, "location", d.location(), MeetingRules.LOCATION);
        if (d.initiativeIds() == null || d.initiativeIds().isEmpty()) {
            problems.add(Problem.inField("initiativeIds", "meeting.error.initiativeRequired"));
        }
        problems.addAll(slotProblems(d.slots(), now));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<Problem> slotProblems(List<PollDraft.Slot> slots, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        if (slots == null || slots.isEmpty()) {
            problems.add(Problem.inField("slots", "poll.error.noSlots"));
            return problems;
        }
        if (slots.size() > MAX_SLOTS) {
            problems.add(Problem.inField("slots", "poll.error.tooManySlots", MAX_SLOTS));
            return problems;
        }
        Set<PollDraft.Slot> seen = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            PollDraft.Slot slot = slots.get(i);
            int number = i + 1;
            if (slot == null || slot.start() == null || slot.end() == null) {
                problems.add(slot(number, Message.of("meeting.error.timeRequired")));
                continue;
            }
            MeetingRules.timeProblem(slot.start(), slot.end())
                    .ifPresent(p -> problems.add(slot(number, Message.of(p.key(), p.arguments().toArray()))));
            if (!slot.start().isAfter(now)) {
                problems.add(slot(number, Message.of("poll.error.slotInPast")));
            }
            if (!seen.add(new PollDraft.Slot(minute(slot.start()), minute(slot.end())))) {
                problems.add(slot(number, Message.of("poll.error.duplicateSlot")));
            }
        }
        return problems;
    }

    static LocalDateTime minute(LocalDateTime time) {
        return time.withSecond(0).withNano(0);
    }

    private static Problem slot(int number, Message what) {
        return Problem.inField("slots[" + number + "]", "poll.error.slot", number, what);
    }
}
