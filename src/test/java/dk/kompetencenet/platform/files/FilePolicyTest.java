package dk.kompetencenet.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;

/** Uploads are judged by their bytes and their size, never by the name or type a client claims. */
class FilePolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final FilePolicy policy = FilePolicy.DOCUMENTS_AND_IMAGES;

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertThat(policy.check(PDF)).isEqualTo(FileType.PDF);
        assertThat(policy.check(PNG)).isEqualTo(FileType.PNG);
        assertThat(policy.check(JPEG)).isEqualTo(FileType.JPEG);
        assertThat(FileType.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileType.PNG.contentType()).isEqualTo("image/png");
        assertThat(FileType.JPEG.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesOtherContentWhateverItClaimsToBe() {
        byte[] text = "Kursusbevis: bestået".getBytes(StandardCharsets.UTF_8);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        byte[] gif = "GIF89a".getBytes(StandardCharsets.US_ASCII);
        byte[] almostPdf = "%PD".getBytes(StandardCharsets.US_ASCII);
        byte[] pdfLater = " %PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        for (byte[] content : new byte[][] {text, zip, gif, almostPdf, pdfLater}) {
            assertThatThrownBy(() -> policy.check(content)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.key()).isEqualTo("file.error.type");
                        assertThat(p.arguments()).containsExactly("PDF, PNG, JPEG");
                    }));
        }
        assertThat(FileType.of(text)).isEmpty();
    }

    @Test
    void refusesATypeThePolicyDoesNotAllow() {
        FilePolicy pdfOnly = new FilePolicy(1024, EnumSet.of(FileType.PDF));
        assertThat(pdfOnly.check(PDF)).isEqualTo(FileType.PDF);
        assertThatThrownBy(() -> pdfOnly.check(PNG)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).arguments()).containsExactly("PDF"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> policy.check(new byte[0])).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).key()).isEqualTo("file.error.empty"));
        assertThatThrownBy(() -> policy.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptsExactlyTenMegabytesAndRefusesOneByteMore() {
        byte[] limit = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        assertThat(policy.check(limit)).isEqualTo(FileType.PDF);
        byte[] over = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> policy.check(over)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("file.error.tooLarge");
                    assertThat(p.arguments()).containsExactly(10L);
                }));
    }

    @Test
    void readsAStreamUpToTheLimitAndStopsBeyondIt() {
        FilePolicy small = new FilePolicy(100, EnumSet.of(FileType.PDF));
        assertThat(small.read(new ByteArrayInputStream(Arrays.copyOf(PDF, 100)))).hasSize(100);
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(new byte[101])))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).key()).isEqualTo("file.error.tooLarge"));
    }

    @Test
    void keepsOnlyTheFileNameOfWhatABrowserSends() {
        assertThat(StoredFile.cleanName("C:\\fakepath\\kursusbevis.pdf", FileType.PDF)).isEqualTo("kursusbevis.pdf");
        assertThat(StoredFile.cleanName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(StoredFile.cleanName("bevis \"æøå\"\n.pdf", FileType.PDF)).isEqualTo("bevis æøå.pdf");
    }

    @Test
    void theNameEndsInTheExtensionOfTheTypeFoundInTheBytes() {
        assertThat(StoredFile.cleanName("bevis.html", FileType.PDF)).isEqualTo("bevis.pdf");
        assertThat(StoredFile.cleanName("bevis.PDF", FileType.PDF)).isEqualTo("bevis.PDF");
        assertThat(StoredFile.cleanName("foto.jpeg", FileType.JPEG)).isEqualTo("foto.jpeg");
        assertThat(StoredFile.cleanName("foto.png", FileType.JPEG)).isEqualTo("foto.jpg");
        assertThat(StoredFile.cleanName("Kursus 2.1 bevis", FileType.PDF)).isEqualTo("Kursus 2.1 bevis.pdf");
        assertThat(StoredFile.cleanName("..", FileType.PNG)).isEqualTo("file.png");
        assertThat(StoredFile.cleanName(null, FileType.PNG)).isEqualTo("file.png");
        assertThat(StoredFile.cleanName("..", FileType.JPEG)).isEqualTo("file.jpg");
        assertThat(StoredFile.cleanName("a".repeat(300) + ".pdf", FileType.PDF)).hasSize(255).endsWith(".pdf");
    }

    @Test
    void hashesTheContentWithSha256() {
        assertThat(FileStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
