package uk.gov.lbhf.withus.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.Role;

/** The door to feedback form definitions: publish a new version, read the latest or any exact version. */
@Service
@Transactional(readOnly = true)
public class FeedbackFormService {

    private final FormDefinitionRepository forms;
    private final FormGroups groups;
    private final Clock clock;

    FeedbackFormService(FormDefinitionRepository forms, FormGroups groups, Clock clock) {
        this.forms = forms;
        this.groups = groups;
        this.clock = clock;
    }

    /** Whether this person may fill this form version in: a group's form its members, any other its roles. */
    public boolean mayFillIn(FormSummary form, CurrentUser user) {
        return form.isFor(user, form.forGroup() == null ? Set.of() : groups.memberOf(user.personId()));
    }

    public List<FormSummary> latestForms() {
        return forms.findLatestVersions().stream()
                .map(FormDefinition::toSummary)
                .toList();
    }

    /** The latest version of each form this person may fill in (the pull sends them all to the device). */
    public List<FormSummary> latestFormsFor(CurrentUser user) {
        var memberOf = groups.memberOf(user.personId());
        return latestForms().stream().filter(form -> form.isFor(user, memberOf)).toList();
    }

    /**
     * The forms a person picks from a list and fills in: not those that answer about a thing (a reference question,
     * e.g. asking for a paper in another language), which are offered where the thing is shown.
     */
    public List<FormSummary> formsToFillIn(CurrentUser user) {
        return latestFormsFor(user).stream()
                .filter(form -> FormQuestions.parse(form.definition()).stream().noneMatch(q -> q.refers() != null))
                .toList();
    }

    public List<FormSummary> versionsOf(String formKey) {
        return forms.findByFormKeyOrderByVersionDesc(formKey).stream()
                .map(FormDefinition::toSummary)
                .toList();
    }

    public Optional<FormSummary> find(String formKey, int version) {
        return forms.findByFormKeyAndVersion(formKey, version).map(FormDefinition::toSummary);
    }

    /**
     * For a form a feature owns (its definition written in the code's resources): publishes it when it is not yet
     * published as written, a changed one as the next version. Title and description are the definition's English.
     * Two servers starting at once may both try; the second finds the version taken and leaves it.
     */
    @Transactional
    public void publishIfChanged(String formKey, String definitionJson, Set<Role> forRoles) {
        var latest = forms.findFirstByFormKeyOrderByVersionDesc(formKey);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var definition = json.readTree(definitionJson);
        if (latest.isPresent()
                && json.readTree(latest.get().toSummary().definition()).equals(definition)) {
            return;
        }
        publish(
                formKey,
                definition.path("title").path("en").asString(),
                definition.path("description").path("en").asString(),
                definitionJson,
                forRoles);
    }

    /** Publishes the next version of a form (version 1 for a new form) and returns it. */
    @Transactional
    public FormSummary publish(
            String formKey, String title, String description, String definitionJson, Set<Role> forRoles) {
        return publish(formKey, title, description, definitionJson, forRoles, null);
    }

    /** As above, for the members of a group (its slug) when {@code forGroup} is not null. */
    @Transactional
    public FormSummary publish(
            String formKey,
            String title,
            String description,
            String definitionJson,
            Set<Role> forRoles,
            String forGroup) {
        if (forRoles.isEmpty()) {
            throw new IllegalArgumentException("A form must be for at least one role");
        }
        FormQuestions.parse(definitionJson); // refuses a definition the clients could not render
        if (!formKey.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A form key may use only a-z, 0-9 and single hyphens");
        }
        int next = forms.findFirstByFormKeyOrderByVersionDesc(formKey)
                .map(f -> f.getVersion() + 1)
                .orElse(1);
        var form = new FormDefinition(
                formKey, next, title, description, definitionJson, OffsetDateTime.now(clock), forRoles);
        return forms.save(form.forGroup(forGroup)).toSummary();
    }
}
