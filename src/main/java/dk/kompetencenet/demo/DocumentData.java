package dk.kompetencenet.demo;

import java.time.LocalDate;

import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.demo.Reference.Site;
import dk.kompetencenet.localstrategy.DocumentStatus;

/** The local documents each new institution must have, in mixed states. */
final class DocumentData {

    private final MunicipalityGenerator g;

    DocumentData(MunicipalityGenerator generator) {
        this.g = generator;
    }

    /**
     * The documents each new institution must have, in mixed states: about half adopted (some past their review
     * date), a quarter in progress, some recorded as missing, the rest not recorded at all.
     */
    long make() {
        for (Site site : g.created) {
            Person owner = g.leaderOf.get(site);
            for (Reference.Kind kind : g.reference.documentKinds()) {
                if (!kind.isRequiredOf(site)) {
                    continue;
                }
                double r = g.random.nextDouble();
                if (r >= 0.8) {
                    continue;
                }
                DocumentStatus status = r < 0.5 ? DocumentStatus.ADOPTED : r < 0.75 ? DocumentStatus.IN_PROGRESS
                        : DocumentStatus.MISSING;
                LocalDate adopted = status == DocumentStatus.ADOPTED ? g.today.minusDays(g.between(30, 1100)) : null;
                long id = g.rows.id();
                g.document.add(id, 0L, site.id(), kind.id(), status, adopted,
                        adopted == null ? null : adopted.plusYears(2), owner == null ? null : owner.id(),
                        adopted == null ? null : "https://intra.example.dk/" + site.domain() + "/" + kind.key() + ".pdf",
                        adopted == null ? g.instant(g.today.minusDays(g.between(1, 200)), 10) : g.instant(adopted, 12),
                        owner == null ? "system" : owner.email());
                for (Long section : kind.sections()) {
                    if (status == DocumentStatus.ADOPTED || status == DocumentStatus.IN_PROGRESS && g.chance(0.5)) {
                        g.documentSection.add(id, section);
                    }
                }
            }
        }
        return g.document.written();
    }
}
