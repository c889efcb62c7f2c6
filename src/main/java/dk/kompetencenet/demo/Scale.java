package dk.kompetencenet.demo;

/**
 * How much a generated municipality adds: institutions, staff and meetings. Three self-assessment rounds are always
 * made, over every institution.
 */
public record Scale(int institutions, int employees, int meetings) {

    /** The large municipality of {@code kompetencenet.demo.size=large}, counting what the small demo already made. */
    public static final Scale LARGE = new Scale(400, 12_000, 2_000);

    /** Every institution gets a leader and at least two staff. */
    public Scale {
        if (institutions < 1 || employees < 3 * institutions || meetings < 0) {
            throw new IllegalArgumentException("A municipality needs institutions with at least three staff each: "
                    + institutions + " institutions, " + employees + " employees, " + meetings + " meetings");
        }
    }

    /** What is still to be made for this size when the database already holds the given numbers. */
    Scale beyond(long existingInstitutions, long existingEmployees, long existingMeetings) {
        int more = (int) Math.max(1, institutions - existingInstitutions);
        return new Scale(more, (int) Math.max(3L * more, employees - existingEmployees),
                (int) Math.max(0, meetings - existingMeetings));
    }
}
