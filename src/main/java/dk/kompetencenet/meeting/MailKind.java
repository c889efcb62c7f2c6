package dk.kompetencenet.meeting;

import dk.kompetencenet.meeting.calendar.Method;

/**
 * What a meeting mail tells its recipient: the iTIP method of its calendar part, and the subject and text it says it
 * in. A cancellation says that it is one; only an invitation says "you are invited".
 */
enum MailKind {

    INVITATION(Method.REQUEST, "mail.subject.invitation", "mail.body.invitation", true),
    UPDATE(Method.REQUEST, "mail.subject.updated", "mail.body.updated", true),
    CANCELLATION(Method.CANCEL, "mail.subject.cancelled", "mail.body.cancelled", true),
    OCCURRENCE_CANCELLATION(Method.CANCEL, "mail.subject.occurrenceCancelled", "mail.body.occurrenceCancelled", false),
    UNREGISTRATION(Method.CANCEL, "mail.subject.unregistered", "mail.body.unregistered", false);

    private final Method method;
    private final String subjectKey;
    private final String bodyKey;
    private final boolean seriesText;

    MailKind(Method method, String subjectKey, String bodyKey, boolean seriesText) {
        this.method = method;
        this.subjectKey = subjectKey;
        this.bodyKey = bodyKey;
        this.seriesText = seriesText;
    }

    Method method() {
        return method;
    }

    String subjectKey() {
        return subjectKey;
    }

    /** The text's key: a series and a single meeting are told apart where the text speaks of the whole meeting. */
    String bodyKey(boolean recurring) {
        return seriesText ? bodyKey + (recurring ? ".series" : ".single") : bodyKey;
    }
}
