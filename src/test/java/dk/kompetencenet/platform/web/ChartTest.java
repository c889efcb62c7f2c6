package dk.kompetencenet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class ChartTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static Chart radar(Double... values) {
        return new Chart(Chart.Kind.RADAR, List.of("1 Faglig", "2 Ressourcer", "3 Undervisning"),
                List.of(new Chart.Series("Selvevaluering", Arrays.asList(values)),
                        new Chart.Series("Vurdering", Arrays.asList(values)),
                        new Chart.Series("Mål", List.of(3.0, 3.0, 3.0))),
                new Chart.Axis("Niveau", 6.0));
    }

    @Test
    void anUnknownValueIsNullSoNoPointIsDrawnNotZero() {
        JsonObject config = parse(radar(2.5, null, 4.0).json());
        var data = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertThat(data.get(0).toString()).isEqualTo("2.5");
        assertThat(data.get(1)).isEqualTo(JsonValue.NULL);
        assertThat(config.getString("type")).isEqualTo("radar");
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("r").getInt("max"))
                .isEqualTo(6);
    }

    @Test
    void seriesAreToldApartWithoutColourByMarkerAndDash() {
        var sets = parse(radar(1.0, 2.0, 3.0).json()).getJsonObject("data").getJsonArray("datasets")
                .getValuesAs(JsonObject.class);
        assertThat(sets.stream().map(s -> s.getString("pointStyle")).distinct()).hasSize(3);
        assertThat(sets.stream().map(s -> s.getJsonArray("borderDash").toString()).distinct()).hasSize(3);
    }

    @Test
    void barsOfTheSecondSeriesAreOutlinedAndTheChartFollowsItsContainersWidth() {
        JsonObject config = parse(new Chart(Chart.Kind.BAR, List.of("jan. 2026"),
                List.of(new Chart.Series("Til stede", List.of(3.0)), new Chart.Series("Mål", List.of(4.0))),
                new Chart.Axis("Personer", null)).json());
        var sets = config.getJsonObject("data").getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertThat(sets.get(0).getString("backgroundColor")).isEqualTo(sets.get(0).getString("borderColor"));
        assertThat(sets.get(1).getString("backgroundColor")).isEqualTo("#ffffff");
        assertThat(config.getJsonObject("options").getBoolean("responsive")).isTrue();
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("title").getString("text")).isEqualTo("Personer");
    }

    @Test
    void aNameThatWouldCloseTheScriptIsWrittenEscaped() {
        String json = new Chart(Chart.Kind.LINE, List.of("</script><script>alert(1)</script>"),
                List.of(new Chart.Series("<b>", List.of(1.0))), new Chart.Axis(null, null)).json();
        assertThat(json).doesNotContain("<").doesNotContain(">");
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("</script><script>alert(1)</script>");
    }

    @Test
    void everyColourHasThreeToOneContrastAgainstWhite() {
        for (String colour : Chart.COLOURS) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
    }

    private static double contrastWithWhite(String hex) {
        double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (l + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
