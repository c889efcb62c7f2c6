package dk.kompetencenet.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The files of {@code seed/}, packed into the application: JSON, or semicolon-separated CSV with a header line. A
 * missing file stops start-up with its name rather than seeding half.
 */
public final class SeedFiles {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private SeedFiles() {
    }

    public static JsonStructure json(String resource) {
        try (InputStream in = open(resource); JsonReader reader = Json.createReader(in)) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CSVRecord> csv(String resource) {
        try (InputStream in = open(resource);
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), CSV)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seed file missing from the application: " + resource);
        }
        return in;
    }
}
