package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.ServletContext;

/** The deployed WAR's own files, read inside the server, for tests that cover every page or resource it holds. */
public final class WarFiles {

    private WarFiles() {
    }

    /** Every file under the folder (e.g. "/" or "/WEB-INF/classes/"), at any depth. */
    public static List<String> under(ServletContext servlet, String folder) {
        List<String> files = new ArrayList<>();
        Set<String> paths = servlet.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.endsWith("/")) {
                files.addAll(under(servlet, path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    public static String read(ServletContext servlet, String path) {
        try (InputStream in = servlet.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
