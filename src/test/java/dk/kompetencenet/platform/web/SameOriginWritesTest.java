package dk.kompetencenet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginWritesTest {

    @Test
    void aBrowserWriteFromAnotherSiteIsToldApartFromOneFromKompetencenetItself() {
        assertThat(SameOriginWrites.fromAnotherSite("https://kompetencenet.kommune.dk", null, "kompetencenet.kommune.dk"))
                .isFalse();
        assertThat(SameOriginWrites.fromAnotherSite("https://kompetencenet.kommune.dk:443", "same-origin",
                "KOMPETENCENET.kommune.dk:443")).isFalse();
        assertThat(SameOriginWrites.fromAnotherSite("http://localhost:8080", null, "localhost:8080")).isFalse();

        assertThat(SameOriginWrites.fromAnotherSite("https://angriber.example", null, "kompetencenet.kommune.dk"))
                .isTrue();
        assertThat(SameOriginWrites.fromAnotherSite("http://localhost:8081", null, "localhost:8080"))
                .as("another port is another origin").isTrue();
        assertThat(SameOriginWrites.fromAnotherSite("https://kompetencenet.kommune.dk.angriber.example", null,
                "kompetencenet.kommune.dk")).isTrue();
        assertThat(SameOriginWrites.fromAnotherSite("null", null, "kompetencenet.kommune.dk"))
                .as("a sandboxed frame or a file").isTrue();
        assertThat(SameOriginWrites.fromAnotherSite("https://kompetencenet.kommune.dk", null, null)).isTrue();
    }

    @Test
    void withoutAnOriginTheBrowsersFetchSiteDecidesAndProgramsSendingNeitherPass() {
        assertThat(SameOriginWrites.fromAnotherSite(null, "cross-site", "kompetencenet.kommune.dk")).isTrue();
        assertThat(SameOriginWrites.fromAnotherSite(null, "same-origin", "kompetencenet.kommune.dk")).isFalse();
        assertThat(SameOriginWrites.fromAnotherSite(null, "none", "kompetencenet.kommune.dk")).isFalse();
        assertThat(SameOriginWrites.fromAnotherSite(null, null, "kompetencenet.kommune.dk")).isFalse();
    }
}
