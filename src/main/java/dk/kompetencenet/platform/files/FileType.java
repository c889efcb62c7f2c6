package dk.kompetencenet.platform.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file Kompetencenet keeps, each recognised by the first bytes of its content (its "magic number"), never
 * by the name or the content type a client claims.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The name ending in this type's extension: an extension of another type (or of anything else, such as
     * {@code .html}) is replaced; a name without one gets one. {@code bevis.jpeg} stays as it is for a JPEG.
     */
    public String named(String name) {
        int dot = name.lastIndexOf('.');
        String current = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (current.equals(extension) || (this == JPEG && current.equals("jpeg"))) {
            return name;
        }
        boolean isExtension = dot > 0 && current.matches("[a-z0-9]{1,5}");
        return (isExtension ? name.substring(0, dot) : name) + "." + extension;
    }

    /** The type whose magic number the content starts with, if any. */
    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
