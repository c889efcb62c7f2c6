package dk.kompetencenet.reminder;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.platform.persistence.JobClaims;

/** What every reminder job works with: the database, the claim of its period, the post, and the links. */
abstract class ReminderJob {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected JobClaims claims;

    @Inject
    protected ReminderPost post;

    @Inject
    protected ReminderLinks links;
}
