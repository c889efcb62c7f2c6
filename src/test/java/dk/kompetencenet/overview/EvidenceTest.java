package dk.kompetencenet.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final Evidence.Criterion TWO_DOCUMENTS = new Evidence.Criterion(2, false);
    private static final Evidence.Criterion A_SUPERVISOR = new Evidence.Criterion(0, true);
    private static final Evidence.Criterion NOTHING_ASKED = new Evidence.Criterion(0, false);

    private static Evidence documents(long adopted, long underWay) {
        return new Evidence(adopted, underWay, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void anInitiativeAskingForDocumentsIsInPlaceOnlyWhenAllAreAdopted() {
        assertEquals(Progress.NOTHING_YET, Evidence.NONE.progress(TWO_DOCUMENTS));
        assertEquals(Progress.UNDER_WAY, documents(0, 1).progress(TWO_DOCUMENTS));
        assertEquals(Progress.UNDER_WAY, documents(1, 0).progress(TWO_DOCUMENTS));
        assertEquals(Progress.IN_PLACE, documents(2, 0).progress(TWO_DOCUMENTS));
    }

    @Test
    void anInitiativeAskingForASupervisorIsInPlaceWithOneAndUnderWayWithSomeoneInTraining() {
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 1, 0, 0, 0, 0, 0, 0).progress(A_SUPERVISOR));
        assertEquals(Progress.IN_PLACE, new Evidence(0, 0, 1, 0, 0, 0, 0, 0, 0, 0).progress(A_SUPERVISOR));
    }

    @Test
    void anInitiativeThatAsksForNothingCountableIsAtMostUnderWay() {
        assertEquals(Progress.NOTHING_YET, Evidence.NONE.progress(NOTHING_ASKED));
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 0, 3, 0, 0, 0, 0, 0).progress(NOTHING_ASKED));
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 0, 0, 0, 0, 1, 0, 0).progress(NOTHING_ASKED));
    }

    @Test
    void anExperimentOrAnEquipmentNeedPutsAnInitiativeUnderWayButNotInPlace() {
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 1, 0).progress(NOTHING_ASKED));
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 0, 1).progress(NOTHING_ASKED));
        assertEquals(Progress.UNDER_WAY, new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 2, 3).progress(A_SUPERVISOR));
    }

    @Test
    void evidenceAddsUpAcrossSources() {
        assertEquals(new Evidence(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), new Evidence(1, 0, 3, 0, 5, 0, 7, 0, 9, 0)
                .plus(new Evidence(0, 2, 0, 4, 0, 6, 0, 8, 0, 10)));
    }
}
