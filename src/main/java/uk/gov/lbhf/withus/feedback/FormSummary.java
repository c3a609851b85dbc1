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
        Set<Role> forRoles) {

    public FormSummary {
        forRoles = Set.copyOf(forRoles);
    }

    /** Whether this person may fill the form in (and so sync answers to it). */
    public boolean isFor(CurrentUser user) {
        return user.roles().stream().anyMatch(forRoles::contains);
    }

    /** The form's title in each language it is written in (its definition's), English from the version's record. */
    public LocalText titleText() {
        return FormQuestions.text(definition, "title").orElse(LocalText.english(title));
    }

    /** The form's description in each language it is written in. */
    public LocalText descriptionText() {
        return FormQuestions.text(definition, "description").orElse(LocalText.english(description));
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
