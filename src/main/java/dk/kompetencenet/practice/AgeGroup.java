package dk.kompetencenet.practice;

/** Whom an experiment was for: children of a daycare age, pupils of a school stage, or the staff themselves. */
public enum AgeGroup {
    AGE_0_2, AGE_3_5, GRADE_0_3, GRADE_4_6, GRADE_7_10, STAFF;

    public String labelKey() {
        return "ageGroup." + name();
    }
}
