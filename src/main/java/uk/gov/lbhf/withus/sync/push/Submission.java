package uk.gov.lbhf.withus.sync.push;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A set of answers accepted from a device. Its id is the client's, which is what makes pushes idempotent. */
@Entity
@Table(name = "sync_submission")
public class Submission implements Persistable<UUID> {

    /** Ids come from devices, so a new submission is persisted directly (no select-then-merge). */
    @Transient
    private boolean isNew;

    public enum CaptureMode {
        PERSONAL,
        EVENT
    }

    @Id
    private UUID id;

    @Column(name = "form_key", nullable = false, updatable = false, length = 80)
    private String formKey;

    @Column(name = "form_version", nullable = false, updatable = false)
    private int formVersion;

    @Column(name = "device_id", updatable = false) // empty once the sender's account is erased
    private UUID deviceId;

    @Column(name = "person_id", updatable = false) // empty once the sender's account is erased
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "capture_mode", nullable = false, updatable = false, length = 16)
    private CaptureMode captureMode;

    @Column(name = "captured_at", nullable = false, updatable = false)
    private OffsetDateTime capturedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, updatable = false, length = 100_000)
    private String answers;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sync_submission_attachment", joinColumns = @JoinColumn(name = "submission_id"))
    private List<DeclaredAttachment> attachments = new ArrayList<>();

    protected Submission() {}

    public Submission(
            UUID id,
            String formKey,
            int formVersion,
            UUID deviceId,
            long personId,
            CaptureMode captureMode,
            OffsetDateTime capturedAt,
            OffsetDateTime receivedAt,
            String answers,
            String contentHash,
            List<DeclaredAttachment> attachments) {
        this.id = id;
        this.formKey = formKey;
        this.formVersion = formVersion;
        this.deviceId = deviceId;
        this.personId = personId;
        this.captureMode = captureMode;
        this.capturedAt = capturedAt;
        this.receivedAt = receivedAt;
        this.answers = answers;
        this.contentHash = contentHash;
        this.attachments = new ArrayList<>(attachments);
        this.isNew = true;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    public void markNotNew() {
        this.isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getDeviceId() {
        return deviceId;
    }

    public String getFormKey() {
        return formKey;
    }

    public int getFormVersion() {
        return formVersion;
    }

    /** Who sent it; {@code null} once their account was erased (what they carried for others is kept). */
    public Long getPersonId() {
        return personId;
    }

    public CaptureMode getCaptureMode() {
        return captureMode;
    }

    public OffsetDateTime getCapturedAt() {
        return capturedAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getAnswers() {
        return answers;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<DeclaredAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /** A file a submission refers to by its SHA-256; it arrives separately (see {@link AttachmentService}). */
    @Embeddable
    public record DeclaredAttachment(
            @Column(name = "question_id", nullable = false, length = 80)
            String questionId,

            @Column(name = "sha256", nullable = false, length = 64)
            String sha256,

            @Column(name = "media_type", nullable = false, length = 100)
            String mediaType,

            @Column(name = "size_bytes", nullable = false) long sizeBytes) {}
}
