package uk.gov.lbhf.withus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a reference question may refer to is defined once, in the form definition's schema: Java holds the same. */
class ReferenceKindsTest {

    @Test
    void the_kinds_a_reference_names_are_the_schemas() {
        var schema = JsonMapper.builder()
                .build()
                .readTree(Path.of("sync/schemas/form-definition.schema.json").toFile());
        var refers = schema.findValue("refers")
                .path("enum")
                .valueStream()
                .map(n -> n.asString())
                .toList();
        assertThat(refers).isNotEmpty();
        assertThat(FormQuestion.REFERS).containsExactlyInAnyOrderElementsOf(refers);
    }
}
