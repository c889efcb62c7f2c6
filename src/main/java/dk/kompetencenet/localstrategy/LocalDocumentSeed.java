package dk.kompetencenet.localstrategy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.BilingualName;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.StrategyService;

/** Seeds the kinds of local document of {@code seed/strategy/local-documents.json}; each is created once, by key. */
@ApplicationScoped
public class LocalDocumentSeed {

    static final String RESOURCE = "seed/strategy/local-documents.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StrategyService strategies;

    @ActivateRequestContext
    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_REFERENCE_DATA + 40) DatabaseReady ready) {
        SystemAccess.run(this::seedKinds);
    }

    private void seedKinds() {
        int order = 0;
        for (JsonObject k : SeedFiles.json(RESOURCE).asJsonArray().getValuesAs(JsonObject.class)) {
            order++;
            String key = k.getString("key");
            if (!em.createQuery("select k from DocumentKind k where k.key = :k", DocumentKind.class)
                    .setParameter("k", key).getResultList().isEmpty()) {
                continue;
            }
            Set<Sector> sectors = k.getJsonArray("sectors").getValuesAs(JsonString::getString).stream()
                    .map(Sector::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
            DocumentKind kind = new DocumentKind(key, order, BilingualName.named("key", k.getString("nameDa"),
                    k.getString("nameEn")), sectors, strategies.initiatives(strategies.initiativeIdsTitled(
                    k.getJsonArray("initiatives").getValuesAs(JsonString::getString), RESOURCE)));
            for (JsonObject s : k.getJsonArray("sections").getValuesAs(JsonObject.class)) {
                kind.addSection(s.getString("code"), BilingualName.named("code", s.getString("da"),
                        s.getString("en")));
            }
            em.persist(kind);
        }
    }
}
