package dk.kompetencenet.platform.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * An uploaded file: its name, checked type, size and SHA-256, who uploaded it and when. The bytes are a file in the data
 * directory named by {@link #getStorageKey()}, not a column, so that the schema stays the same on every database.
 * Never changed; replaced by a new one.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends BaseEntity {

    static final int MAX_NAME = 255;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 64, unique = true)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    StoredFile(String name, FileType type, long size, String sha256, String storageKey, String uploadedBy,
               Instant uploadedAt) {
        this.name = cleanName(name, type);
        this.contentType = type.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * The name without any folder a browser sent along, control characters or quotes, ending in an extension of the
     * type found in its bytes (a PDF sent as {@code bevis.html} is kept as {@code bevis.pdf}, so that no program opens
     * it as a page), at most 255 characters; a name from the type where nothing is left.
     */
    static String cleanName(String name, FileType type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "file";
        }
        base = type.named(base);
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
