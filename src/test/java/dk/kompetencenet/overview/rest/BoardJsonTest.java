package dk.kompetencenet.overview.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.Test;

/** The board's texts are escaped as JSON-P (Parsson, which JSON-B writes with on Payara) escapes them. */
class BoardJsonTest {

    @Test
    void everyCharacterIsEscapedAsJsonPEscapesIt() throws IOException {
        StringBuilder all = new StringBuilder("Skolen \"Ædelgran\" \\ Øst / ”Dit liv på nettet” \u2028 \uD83D\uDE00 ");
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        String text = all.toString();

        StringBuilder ours = new StringBuilder("\"");
        BoardJson.escaped(ours, text);
        ours.append('"');
        StringWriter jsonP = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(jsonP)) {
            generator.writeStartArray().write(text).writeEnd();
        }

        assertEquals(jsonP.toString(), "[" + ours + "]");
    }
}
