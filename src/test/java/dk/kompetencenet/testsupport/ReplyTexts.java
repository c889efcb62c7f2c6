package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The calendar programs' answers in {@code src/test/resources/replies} (in the deployment too), filled in for a test's meeting and invitee. */
public final class ReplyTexts {

    private ReplyTexts() {
    }

    public static String of(String file, String uid, String name, String email, String partStat, String stamp) {
        try (InputStream in = ReplyTexts.class.getResourceAsStream("/replies/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource replies/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n")
                    .replace("{{UID}}", uid).replace("{{NAME}}", name).replace("{{EMAIL}}", email)
                    .replace("{{PARTSTAT}}", partStat).replace("{{DTSTAMP}}", stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
