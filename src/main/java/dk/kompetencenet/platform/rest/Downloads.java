package dk.kompetencenet.platform.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import dk.kompetencenet.platform.files.StoredFile;

/** A stored file as a download: its own content type, saved under its name, never shown inline or sniffed. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(StoredFile file, InputStream content) {
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.getContentType())
                .header("Content-Length", file.getSize())
                .header("Content-Disposition", contentDisposition(file.getName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Generated content (a report) as a download. */
    public static Response attachment(byte[] content, String contentType, String name) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", contentDisposition(name))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** RFC 6266: an ASCII name for old clients and the exact name in UTF-8 for the rest. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
