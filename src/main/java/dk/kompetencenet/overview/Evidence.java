package dk.kompetencenet.overview;

import java.io.Serializable;

/**
 * What the records show for one initiative at one institution: its documents, supervisors, training, network
 * membership, meeting attendance, assessments, development-plan goals, experiments, and equipment needs (requested
 * and not rejected).
 */
public record Evidence(long documentsAdopted, long documentsUnderWay, long supervisors, long inTraining,
                       long networkMembers, long attendances, long assessments, long goals, long experiments,
                       long equipmentNeeds) implements Serializable {

    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** What an initiative asks of an institution: so many adopted documents, and/or a trained supervisor. */
    public record Criterion(int requiredDocuments, boolean supervisor) implements Serializable {

        boolean exists() {
            return requiredDocuments > 0 || supervisor;
        }
    }

    /**
     * In place when the initiative asks for something and all of it is there; under way when anything at all is
     * recorded; else nothing yet.
     */
    public Progress progress(Criterion criterion) {
        boolean documentsDone = documentsAdopted >= criterion.requiredDocuments();
        boolean supervisorDone = !criterion.supervisor() || supervisors > 0;
        if (criterion.exists() && documentsDone && supervisorDone) {
            return Progress.IN_PLACE;
        }
        long anything = documentsAdopted + documentsUnderWay + supervisors + inTraining + networkMembers + attendances
                + assessments + goals + experiments + equipmentNeeds;
        return anything > 0 ? Progress.UNDER_WAY : Progress.NOTHING_YET;
    }

    Evidence plus(Evidence o) {
        return new Evidence(documentsAdopted + o.documentsAdopted, documentsUnderWay + o.documentsUnderWay,
                supervisors + o.supervisors, inTraining + o.inTraining, networkMembers + o.networkMembers,
                attendances + o.attendances, assessments + o.assessments, goals + o.goals,
                experiments + o.experiments, equipmentNeeds + o.equipmentNeeds);
    }
}
