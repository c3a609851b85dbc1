package uk.gov.lbhf.withus.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

/** Materials and their formats, on every database we support. */
@org.springframework.transaction.annotation.Transactional
abstract class MaterialRepositoryContract {

    @Autowired
    MaterialRepository materials;

    @Autowired
    MaterialFormatRepository formats;

    @Autowired
    EntityManager em;

    long groupId;
    long otherGroupId;

    @BeforeEach
    void given_two_groups() {
        groupId = group("one");
        otherGroupId = group("two");
    }

    @Test
    void formats_are_kept_side_by_side_and_audio_bytes_come_back_unchanged() {
        byte[] audio = new byte[150_000];
        new Random(7).nextBytes(audio);
        var material = new Material(groupId, "Agenda", "Summary", MaterialType.AGENDA, at(1));
        material.addFormat(MaterialFormat.text(FormatKind.STANDARD, "en", "Para one\n\nPara two"));
        material.addFormat(MaterialFormat.text(FormatKind.TRANSLATED, "pl", "Akapit"));
        material.addFormat(MaterialFormat.file(FormatKind.AUDIO, "en", "Transcript", "audio/ogg", "a.opus", audio));
        long id = materials.save(material).getId();
        em.flush();
        em.clear();

        var loaded = materials.findByGroupIdOrderByPublishedAtDesc(groupId).getFirst();
        assertThat(loaded.getId()).isEqualTo(id);
        assertThat(loaded.toSummary().formats())
                .extracting(FormatOption::kind)
                .containsExactly(FormatKind.STANDARD, FormatKind.AUDIO, FormatKind.TRANSLATED);
        var audioFormat = loaded.getFormats().stream()
                .filter(MaterialFormat::hasFile)
                .findFirst()
                .orElseThrow();
        assertThat(formats.findById(audioFormat.getId()).orElseThrow().getContent())
                .isEqualTo(audio);
    }

    @Test
    void newest_materials_of_several_groups_come_first() {
        publish(groupId, "Old", at(1));
        publish(otherGroupId, "Newest", at(5));
        publish(groupId, "Middle", at(3));
        publish(group("three"), "Not asked for", at(9));
        em.flush();
        em.clear();
        assertThat(materials.findByGroupIdInOrderByPublishedAtDesc(List.of(groupId, otherGroupId), Limit.of(2)))
                .extracting(m -> m.toSummary().title())
                .containsExactly("Newest", "Middle");
    }

    @Test
    void a_material_cannot_have_the_same_format_twice_in_one_language() {
        var material = new Material(groupId, "Minutes", "Summary", MaterialType.MINUTES, at(1));
        material.addFormat(MaterialFormat.text(FormatKind.STANDARD, "en", "a"));
        material.addFormat(MaterialFormat.text(FormatKind.STANDARD, "en", "b"));
        assertThatThrownBy(() -> {
                    materials.save(material);
                    em.flush();
                })
                .isInstanceOf(RuntimeException.class);
    }

    private void publish(long group, String title, OffsetDateTime when) {
        var material = new Material(group, title, "Summary", MaterialType.PAPER, when);
        material.addFormat(MaterialFormat.text(FormatKind.STANDARD, "en", "Text"));
        materials.save(material);
    }

    private static OffsetDateTime at(int day) {
        return OffsetDateTime.of(2026, 11, day, 9, 0, 0, 0, ZoneOffset.UTC);
    }

    private long group(String slug) {
        em.createNativeQuery("insert into coproduction_group (slug, name, purpose, audience, visibility) "
                        + "values (?, ?, 'p', 'a', 'PUBLIC')")
                .setParameter(1, slug)
                .setParameter(2, slug)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from coproduction_group where slug = ?")
                        .setParameter(1, slug)
                        .getSingleResult())
                .longValue();
    }
}
