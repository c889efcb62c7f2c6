package dk.kompetencenet.platform.web;

import java.io.Serializable;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

/**
 * A chart's figures (categories, series of values, a value axis) and their configuration for Chart.js as PrimeFaces'
 * {@code p:chart} takes it: JSON, which PrimeFaces writes into the page's nonce'd script as it is, so no function and no
 * {@code <} (a round's name could close the script). An unknown value is {@code null} and no point is drawn for it.
 * Series are told apart without colour: each line and radar series has its own marker and dash; the bars of the first
 * series are filled, of the second outlined. Colours have at least 3:1 contrast against white (WCAG 1.4.11).
 */
public record Chart(Kind kind, List<String> labels, List<Series> series, Axis axis) implements Serializable {

    /** Chart.js chart types used here. */
    public enum Kind {
        BAR, LINE, RADAR
    }

    /** One series: its name in the legend and a value per category, {@code null} where unknown. */
    public record Series(String label, List<Double> values) implements Serializable {
    }

    /** The value axis: its title, and its top ({@code null}: Chart.js chooses); it always starts at 0. */
    public record Axis(String title, Double max) implements Serializable {
    }

    static final List<String> COLOURS = List.of("#1f4e79", "#a6400b", "#2d6a2f", "#6a3d9a", "#8e1b46", "#545454");
    static final List<String> MARKERS = List.of("circle", "rect", "triangle", "rectRot", "crossRot", "star");
    private static final List<List<Integer>> DASHES = List.of(List.of(), List.of(8, 4), List.of(2, 3),
            List.of(12, 3, 3, 3), List.of(4, 4), List.of(1, 6));

    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** The Chart.js configuration as JSON, safe inside a script element. */
    public String json() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(dataset(series.get(i), i));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", true).add("aspectRatio", kind == Kind.RADAR ? 1 : 1.6)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("position", "bottom")
                        .add("labels", Json.createObjectBuilder().add("usePointStyle", kind != Kind.BAR))))
                .add("scales", kind == Kind.RADAR ? Json.createObjectBuilder().add("r", scale(false))
                        : Json.createObjectBuilder().add("y", scale(true)));
        JsonObjectBuilder config = Json.createObjectBuilder().add("type", kind.name().toLowerCase())
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", options);
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, false)).createWriter(out)) {
            writer.writeObject(config.build());
        }
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private JsonObjectBuilder scale(boolean titled) {
        JsonObjectBuilder scale = Json.createObjectBuilder().add("min", 0).add("beginAtZero", true);
        if (axis.max() != null) {
            scale.add("max", axis.max()).add("ticks", Json.createObjectBuilder().add("stepSize", 1));
        } else {
            scale.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        if (titled && axis.title() != null) {
            scale.add("title", Json.createObjectBuilder().add("display", true).add("text", axis.title()));
        }
        return scale;
    }

    private JsonObjectBuilder dataset(Series s, int i) {
        String colour = COLOURS.get(i % COLOURS.size());
        JsonArrayBuilder data = Json.createArrayBuilder();
        s.values().forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(Math.round(v * 100) / 100.0);
            }
        });
        JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("data", data)
                .add("borderColor", colour);
        if (kind == Kind.BAR) {
            boolean filled = i % 2 == 0;
            return set.add("backgroundColor", filled ? colour : "#ffffff").add("borderWidth", filled ? 1 : 2);
        }
        return set.add("backgroundColor", colour).add("fill", false).add("spanGaps", false).add("borderWidth", 2)
                .add("pointStyle", MARKERS.get(i % MARKERS.size())).add("pointRadius", 5)
                .add("pointHoverRadius", 7).add("borderDash", Json.createArrayBuilder(DASHES.get(i % DASHES.size())));
    }
}
