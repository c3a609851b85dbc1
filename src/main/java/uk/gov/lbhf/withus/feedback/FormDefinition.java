package uk.gov.lbhf.withus.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.people.Role;

/**
 * One published version of a feedback form. Versions are immutable: changing a form publishes a new version, so
 * answers captured offline on an older version still make sense when they arrive.
 */
@Entity
@Table(name = "form_definition")
class FormDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_key", nullable = false, length = 80, updatable = false)
    private String formKey;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(nullable = false, length = 2000, updatable = false)
    private String description;

    /** The questions, as JSON (see sync/schemas/form-definition.schema.json). */
    @Column(nullable = false, length = 100_000, updatable = false)
    private String definition;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    /** Who may fill it in: role names, comma separated. */
    @Column(name = "for_roles", nullable = false, length = 200, updatable = false)
    private String forRoles;

    /** For the members of this group (its slug) rather than for roles; null for a form for roles. */
    @Column(name = "for_group", length = 80, updatable = false)
    private String forGroup;

    protected FormDefinition() {}

    FormDefinition(
            String formKey,
            int version,
            String title,
            String description,
            String definition,
            OffsetDateTime publishedAt,
            Set<Role> forRoles) {
        this.forRoles = forRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.formKey = formKey;
        this.version = version;
        this.title = title;
        this.description = description;
        this.definition = definition;
        this.publishedAt = publishedAt;
    }

    FormDefinition forGroup(String group) {
        this.forGroup = group;
        return this;
    }

    String getFormKey() {
        return formKey;
    }

    int getVersion() {
        return version;
    }

    FormSummary toSummary() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : forRoles.split(",")) {
            roles.add(Role.valueOf(role.trim()));
        }
        return new FormSummary(formKey, version, title, description, definition, publishedAt, roles, forGroup);
    }
}
