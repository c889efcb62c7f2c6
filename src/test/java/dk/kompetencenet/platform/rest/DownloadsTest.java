package dk.kompetencenet.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A download is saved under its own name, also where that name is not ASCII. */
class DownloadsTest {

    @Test
    void namesTheAttachmentInAsciiAndInUtf8() {
        assertThat(Downloads.contentDisposition("kursusbevis.pdf"))
                .isEqualTo("attachment; filename=\"kursusbevis.pdf\"; filename*=UTF-8''kursusbevis.pdf");
        assertThat(Downloads.contentDisposition("bevis for Søren; 2026.pdf"))
                .isEqualTo("attachment; filename=\"bevis for S_ren_ 2026.pdf\";"
                        + " filename*=UTF-8''bevis%20for%20S%C3%B8ren%3B%202026.pdf");
    }
}
