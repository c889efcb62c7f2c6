package dk.kompetencenet.meeting.calendar;

/**
 * An organiser or attendee: name and e-mail address, and for an attendee of an invitation the answer Kompetencenet has
 * recorded, as an iTIP PARTSTAT ({@code ACCEPTED}, {@code TENTATIVE}, {@code DECLINED}; null for none yet, written as
 * {@code NEEDS-ACTION}).
 */
public record Person(String name, String email, String partStat) {

    public Person(String name, String email) {
        this(name, email, null);
    }

    /** The same person at another address (the organiser mailbox that answers reach). */
    public Person at(String otherEmail) {
        return new Person(name, otherEmail, partStat);
    }
}
