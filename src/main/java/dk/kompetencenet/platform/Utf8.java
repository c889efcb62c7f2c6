package dk.kompetencenet.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/** Uploaded files as text: strictly UTF-8 (a byte-order mark is dropped); anything else is refused, not guessed at. */
public final class Utf8 {

    private Utf8() {
    }

    /** The text of the file, or a refusal on line 1 with the given message key. */
    public static String decode(byte[] content, String refusalKey) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Problem.atLine(1, refusalKey));
        }
    }
}
