package uk.gov.lbhf.withus.materials;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One format of a material. Text formats keep their text in {@code body} (paragraphs split by a blank line); audio
 * keeps the recording in {@code content} and its transcript in {@code body}.
 */
@Entity
@Table(name = "material_format")
class MaterialFormat {

    static final int BODY_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FormatKind kind;

    /** BCP 47 language tag, e.g. "en", "pl", "so". */
    @Column(nullable = false, length = 16)
    private String language;

    @Column(length = BODY_MAX)
    private String body;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "file_size")
    private Integer fileSize;

    protected MaterialFormat() {}

    static MaterialFormat text(FormatKind kind, String language, String body) {
        var format = new MaterialFormat();
        format.kind = kind;
        format.language = language;
        format.body = body;
        return format;
    }

    static MaterialFormat file(
            FormatKind kind, String language, String transcript, String mediaType, String fileName, byte[] content) {
        var format = text(kind, language, transcript);
        format.mediaType = mediaType;
        format.fileName = fileName;
        format.content = content;
        format.fileSize = content == null ? null : content.length;
        return format;
    }

    void attachTo(Material material) {
        this.material = material;
    }

    Long getId() {
        return id;
    }

    Material getMaterial() {
        return material;
    }

    FormatKind getKind() {
        return kind;
    }

    String getLanguage() {
        return language;
    }

    String getBody() {
        return body;
    }

    String getMediaType() {
        return mediaType;
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    boolean hasText() {
        return body != null && !body.isBlank();
    }

    boolean hasFile() {
        return mediaType != null;
    }

    FormatOption toOption() {
        return new FormatOption(
                id, kind, language, hasFile() ? mediaType : null, fileSize == null ? 0 : fileSize, fileName);
    }
}
