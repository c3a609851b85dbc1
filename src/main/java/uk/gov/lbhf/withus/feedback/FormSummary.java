package uk.gov.lbhf.withus.feedback;

import java.time.OffsetDateTime;
import java.util.Set;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.Role;

public record FormSummary(
        String formKey,
        int version,
        String title,
        String description,
        String definition,
        OffsetDateTime publishedAt,
        Set<Role> forRoles,
        String forGroup) {

    public FormSummary {
        forRoles = Set.copyOf(forRoles);
    }

    /** A form for roles (every form before forms could be for a group). */
    public FormSummary(
            String formKey,
            int version,
            String title,
            String description,
            String definition,
            OffsetDateTime publishedAt,
            Set<Role> forRoles) {
        this(formKey, version, title, description, definition, publishedAt, forRoles, null);
    }

    /**
     * Whether this person may fill the form in (and so sync answers to it): a form for a group is for its members, any
     * other for the roles it names.
     *
     * @param memberOf the slugs of the groups the person is a member of (FeedbackFormService.mayFillIn finds them)
     */
    public boolean isFor(CurrentUser user, Set<String> memberOf) {
        return forGroup != null
                ? memberOf.contains(forGroup)
                : user.roles().stream().anyMatch(forRoles::contains);
    }

    /** The form's title in each language it is written in (its definition's), English from the version's record. */
    public LocalText titleText() {
        return FormQuestions.text(definition, "title").orElse(LocalText.english(title));
    }

    /** The form's description in each language it is written in; empty for a form written without one. */
    public java.util.Optional<LocalText> descriptionText() {
        return FormQuestions.text(definition, "description")
                .or(() -> description == null || description.isBlank()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(LocalText.english(description)));
    }

    /** Whether this version carries the equality section (its definition's "equality": true; sync/SPEC.md). */
    public boolean hasEqualitySection() {
        return FormQuestions.flag(definition, "equality");
    }

    /** The version as a device reads it (the pull's form data): key, version, English title and description, definition. */
    public String toDeviceJson() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var node = json.createObjectNode();
        node.put("key", formKey);
        node.put("version", version);
        node.put("title", title);
        node.put("description", description);
        node.set("definition", json.readTree(definition));
        return node.toString();
    }
}
