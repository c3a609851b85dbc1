package uk.gov.lbhf.withus.sync.attachments;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file (photo, audio) named by its SHA-256. Incomplete while its chunks are arriving. */
@Entity
@Table(name = "sync_attachment")
public class Attachment {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "uploaded_by", updatable = false) // empty once the uploader's account is erased
    private Long uploadedBy;

    @Column(nullable = false)
    private boolean complete;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Attachment() {}

    public Attachment(String sha256, long sizeBytes, String mediaType, long uploadedBy, OffsetDateTime createdAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public boolean isComplete() {
        return complete;
    }

    public byte[] getContent() {
        return content;
    }

    public void complete(byte[] bytes) {
        this.content = bytes;
        this.complete = true;
    }
}
