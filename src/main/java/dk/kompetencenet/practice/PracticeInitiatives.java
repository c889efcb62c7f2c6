package dk.kompetencenet.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.SeedFiles;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The initiatives experiments and equipment needs serve. The choices are the strategy in force's initiatives for the
 * institution's sector. The default, when nobody chooses, is what {@code seed/practice/default-initiatives.json} names
 * by title, looked up in the strategy in force each time (so that a revised strategy's own initiatives are found); a
 * title the strategy no longer has is left out, not an error: the user then chooses.
 */
@ApplicationScoped
public class PracticeInitiatives {

    static final String RESOURCE = "seed/practice/default-initiatives.json";

    /** What the defaults are for; the names are the keys of the seed file. */
    public enum Kind {
        EXPERIMENTS("experiments"), EQUIPMENT("equipment");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    @Inject
    private StrategyService strategies;

    private final Map<Kind, Set<String>> defaultTitles = new EnumMap<>(Kind.class);

    @PostConstruct
    void readDefaults() {
        for (Kind kind : Kind.values()) {
            defaultTitles.put(kind, Set.copyOf(titles(kind)));
        }
    }

    /** The titles the seed file names for a kind of record. */
    static List<String> titles(Kind kind) {
        JsonObject file = SeedFiles.json(RESOURCE).asJsonObject();
        return file.getJsonArray(kind.key).getValuesAs(JsonString::getString);
    }

    /** The strategy in force's initiatives for a sector (all of them for none), in the strategy's order. */
    public List<Initiative> choices(Sector sector) {
        return strategies.current().stream().flatMap(s -> s.getFocusAreas().stream())
                .flatMap(f -> f.getInitiatives().stream())
                .filter(i -> sector == null || i.getSector().appliesTo(sector)).toList();
    }

    /** The strategy in force's initiatives with the default titles for the kind. */
    public Set<Initiative> of(Kind kind) {
        Set<String> titles = defaultTitles.get(kind);
        return choices(null).stream().filter(i -> titles.contains(i.getTitle())).collect(Collectors.toSet());
    }

    /** The ids of the initiatives, in order, as a list a form may change. */
    public static List<Long> ids(Collection<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::getId).sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    /** The initiatives with these ids (an unknown id is refused), or the defaults when none are given. */
    Set<Initiative> chosenOrDefault(Set<Long> ids, Kind kind) {
        return ids == null || ids.isEmpty() ? of(kind) : strategies.initiatives(ids);
    }
}
