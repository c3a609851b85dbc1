package uk.gov.lbhf.withus.sync.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One received piece of an attachment that is still arriving. Deleted once the whole file is checked. */
@Entity
@Table(name = "sync_attachment_chunk")
@IdClass(AttachmentChunk.Key.class)
public class AttachmentChunk {

    @Id
    @Column(length = 64)
    private String sha256;

    @Id
    @Column(name = "start_byte")
    private long startByte;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private byte[] data;

    protected AttachmentChunk() {}

    public AttachmentChunk(String sha256, long startByte, byte[] data) {
        this.sha256 = sha256;
        this.startByte = startByte;
        this.data = data;
        this.sizeBytes = data.length;
    }

    public long getStartByte() {
        return startByte;
    }

    public byte[] getData() {
        return data;
    }

    public record Key(String sha256, long startByte) implements Serializable {}
}
