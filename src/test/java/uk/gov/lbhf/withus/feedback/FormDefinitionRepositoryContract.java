package uk.gov.lbhf.withus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.lbhf.withus.people.Role;

/** Versioned form definitions, on every database we support. */
@org.springframework.transaction.annotation.Transactional
abstract class FormDefinitionRepositoryContract {

    @Autowired
    FormDefinitionRepository forms;

    @Autowired
    EntityManager em;

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void only_the_latest_version_of_each_form_is_listed_and_old_versions_stay_readable() {
        forms.save(new FormDefinition("leaseholder", 1, "Leaseholder v1", "d", "{}", WHEN, Set.of(Role.OFFICER)));
        forms.save(
                new FormDefinition("leaseholder", 2, "Leaseholder v2", "d", "{\"v\":2}", WHEN, Set.of(Role.OFFICER)));
        forms.save(new FormDefinition("event", 1, "Event", "d", "{}", WHEN, Set.of(Role.OFFICER)));
        em.flush();
        em.clear();
        assertThat(forms.findLatestVersions())
                .extracting(FormDefinition::getFormKey, FormDefinition::getVersion)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("leaseholder", 2),
                        org.assertj.core.groups.Tuple.tuple("event", 1));
        assertThat(forms.findByFormKeyAndVersion("leaseholder", 1))
                .map(f -> f.toSummary().title())
                .contains("Leaseholder v1");
    }

    @Test
    void a_version_number_is_used_once_per_form() {
        forms.save(new FormDefinition("event", 1, "Event", "d", "{}", WHEN, Set.of(Role.OFFICER)));
        assertThatThrownBy(() -> {
                    forms.save(new FormDefinition("event", 1, "Event again", "d", "{}", WHEN, Set.of(Role.OFFICER)));
                    em.flush();
                })
                .isInstanceOf(RuntimeException.class);
    }
}
