package dk.kompetencenet.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.audit.AuditLog;

/** Writes a backup's outcome to the audit log in a transaction of its own (a backup runs outside any transaction). */
@ApplicationScoped
public class BackupAudit {

    static final String ENTITY = "Backup";

    @Inject
    private AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String action, String details) {
        audit.record(action, ENTITY, null, details);
    }
}
