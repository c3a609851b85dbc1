package uk.gov.lbhf.withus.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The next version of a form while the co-production team writes it: its definition (title, description and questions
 * in each of its languages, as sync/schemas/form-definition.schema.json), its languages and whom it will be for.
 * Publishing makes it a {@link FormDefinition} and removes it.
 */
@Entity
@Table(name = "form_draft")
class FormDraft {

    @Id
    @Column(name = "form_key", length = 80)
    private String formKey;

    @Column(nullable = false, length = 100_000)
    private String definition;

    @Column(nullable = false, length = 200)
    private String languages;

    @Column(name = "for_roles", nullable = false, length = 200)
    private String forRoles;

    @Column(name = "for_group", length = 80)
    private String forGroup;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected FormDraft() {}

    FormDraft(String formKey) {
        this.formKey = formKey;
    }

    String getFormKey() {
        return formKey;
    }

    String getDefinition() {
        return definition;
    }

    List<String> getLanguages() {
        return Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList();
    }

    String getForRoles() {
        return forRoles;
    }

    String getForGroup() {
        return forGroup;
    }

    OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    void write(
            String definition,
            List<String> languages,
            String forRoles,
            String forGroup,
            long updatedBy,
            OffsetDateTime updatedAt) {
        this.definition = definition;
        this.languages = String.join(",", languages);
        this.forRoles = forRoles;
        this.forGroup = forGroup;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }
}
