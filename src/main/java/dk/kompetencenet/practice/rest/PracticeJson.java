package dk.kompetencenet.practice.rest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.kompetencenet.platform.rest.QueryParameters;
import dk.kompetencenet.practice.AgeGroup;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.Experiment;
import dk.kompetencenet.practice.PracticeInitiatives;

/** What the experiment and equipment resources send and take, and the checks they share. */
public final class PracticeJson {

    static final int MAX_PAGE = 500;

    private PracticeJson() {
    }

    public record ExperimentJson(Long id, Long institutionId, String institution, String what, String who,
                                 String ageGroup, LocalDate startedOn, LocalDate endedOn, String outcome,
                                 boolean shared, List<Long> initiativeIds, String recordedBy, Long version) {
    }

    /** What a client sends to log or change an experiment; version is the one read, for changes. */
    public record ExperimentInput(String what, String who, String ageGroup, LocalDate startedOn, LocalDate endedOn,
                                  String outcome, Boolean shared, List<Long> initiativeIds, Long version) {

        Experiment.Details details() {
            return new Experiment.Details(what, who, QueryParameters.optionalEnum(AgeGroup.class, "ageGroup",
                    ageGroup), startedOn, endedOn, outcome, Boolean.TRUE.equals(shared));
        }
    }

    public record StepJson(String status, LocalDate on, String by) {
    }

    public record EquipmentJson(Long id, Long institutionId, String institution, String what, int quantity,
                                String purpose, String status, List<StepJson> steps, List<String> next,
                                List<Long> initiativeIds, Long version) {
    }

    /** What a client sends to request equipment or change the request; version is the one read, for changes. */
    public record EquipmentInput(String what, Integer quantity, String purpose, LocalDate requestedOn,
                                 List<Long> initiativeIds, Long version) {

        EquipmentNeed.Details details() {
            return new EquipmentNeed.Details(what, quantity, purpose);
        }
    }

    /** The next step of an equipment need: to which status, on which day (today when absent). */
    public record StepInput(String status, LocalDate on, Long version) {
    }

    public record PageJson<T>(long count, List<T> rows) {
    }

    static ExperimentJson json(Experiment x) {
        return new ExperimentJson(x.getId(), x.getInstitution().getId(), x.getInstitution().getName(), x.getWhat(),
                x.getWho(), x.getAgeGroup().name(), x.getStartedOn(), x.getEndedOn(), x.getOutcome(), x.isShared(),
                PracticeInitiatives.ids(x.getInitiatives()), x.getRecordedBy(), x.getVersion());
    }

    static EquipmentJson json(EquipmentNeed n) {
        return new EquipmentJson(n.getId(), n.getInstitution().getId(), n.getInstitution().getName(), n.getWhat(),
                n.getQuantity(), n.getPurpose(), n.getStatus().name(),
                n.steps().stream().map(s -> new StepJson(s.status().name(), s.on(), s.by())).toList(),
                n.getStatus().next().stream().map(Enum::name).sorted().toList(), PracticeInitiatives.ids(n.getInitiatives()),
                n.getVersion());
    }

    static Set<Long> initiativeIds(List<Long> ids) {
        return ids == null ? Set.of() : new HashSet<>(ids);
    }

    static void requirePaging(int first, int max) {
        QueryParameters.paging(first, max, MAX_PAGE);
    }
}
