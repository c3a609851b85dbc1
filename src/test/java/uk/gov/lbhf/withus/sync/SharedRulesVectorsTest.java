package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.base.SharedRules;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService;
import uk.gov.lbhf.withus.sync.pull.PullService;
import uk.gov.lbhf.withus.sync.push.Receipt;

/**
 * The rules both sides apply, written once in sync/rules: the server's answers to their vectors. The TypeScript
 * client runs the same vectors (frontend/test/shared-rules.test.ts).
 */
class SharedRulesVectorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RULES = Path.of("sync", "rules");
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat:(.):(\\d+)}}");

    @TestFactory
    List<DynamicTest> answer_rules() throws IOException {
        JsonNode vectors = read("answers.vectors.json");
        String definition = JSON.writeValueAsString(Map.of("questions", vectors.path("questions")));
        var form = new FormSummary(
                "rules", 1, "Rules", "", definition, java.time.OffsetDateTime.now(), java.util.Set.of());
        var questions = FormQuestions.parse(definition);
        return cases(
                vectors,
                c ->
                        FormQuestions.check(
                                        form,
                                        questions,
                                        JSON.readTree(expand(c.path("answers").toString())),
                                        Map.of())
                                .stream()
                                .map(p -> p.field().replaceFirst("^answers\\.", "") + " " + p.code())
                                .toList());
    }

    @TestFactory
    List<DynamicTest> equality_rules() throws IOException {
        return cases(
                read("equality.vectors.json"),
                c -> uk.gov.lbhf.withus.equality.EqualitySection.check(c.path("equality")).stream()
                        .map(p -> p.questionId() + " " + p.code())
                        .toList());
    }

    /** A test per case the server side runs: the problems it gives ("questionId code") are the case's, in order. */
    private static List<DynamicTest> cases(
            JsonNode vectors, java.util.function.Function<JsonNode, List<String>> server) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : vectors.path("cases")) {
            if (c.has("sides") && !c.path("sides").toString().contains("server")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(c.path("name").asString(), () -> {
                List<String> expected = new ArrayList<>();
                c.path("problems")
                        .forEach(p -> expected.add(p.path("questionId").asString() + " "
                                + p.path("code").asString()));
                assertThat(server.apply(c)).containsExactlyElementsOf(expected);
            }));
        }
        return tests;
    }

    @Test
    void the_equality_section_is_read_from_the_shared_file() throws IOException {
        JsonNode equality = read("rules.json").path("equality");
        assertThat(uk.gov.lbhf.withus.equality.EqualitySection.questions().keySet())
                .containsExactly(
                        "ageBand",
                        "sex",
                        "genderIdentity",
                        "ethnicity",
                        "religion",
                        "disability",
                        "sexualOrientation",
                        "carer");
        assertThat(uk.gov.lbhf.withus.equality.EqualitySection.questions().get("carer"))
                .hasSize(equality.path("questions").path(7).path("options").size());
        assertThat(SharedRules.PREFER_NOT_TO_SAY).isEqualTo("prefer-not-to-say");
        assertThat(SharedRules.SMALLEST_COUNT_SHOWN).isEqualTo(5);
    }

    @Test
    void references() throws IOException {
        for (JsonNode c : read("reference.vectors.json").path("cases")) {
            assertThat(Receipt.referenceOf(c.path("id").asString()))
                    .isEqualTo(c.path("reference").asString());
        }
    }

    @Test
    void pull_checksums() throws IOException {
        for (JsonNode c : read("checksum.vectors.json").path("cases")) {
            List<PullService.Item> items = new ArrayList<>();
            c.path("items")
                    .forEach(i -> items.add(new PullService.Item(
                            i.path("kind").asString(),
                            i.path("key").asString(),
                            i.path("etag").asString(),
                            null)));
            assertThat(PullService.checksum(items))
                    .as(c.path("name").asString())
                    .isEqualTo(c.path("checksum").asString());
        }
    }

    @Test
    void the_server_takes_its_limits_from_the_shared_file() throws IOException {
        JsonNode rules = read("rules.json");
        assertThat(AttachmentService.MAX_SIZE)
                .isEqualTo(rules.path("attachments").path("maxBytes").asLong());
        assertThat(AttachmentService.MEDIA_TYPES)
                .contains("image/heic", "audio/amr")
                .hasSize(rules.path("attachments")
                                .path("mediaTypes")
                                .path("photo")
                                .size()
                        + rules.path("attachments")
                                .path("mediaTypes")
                                .path("audio")
                                .size());
        assertThat(SharedRules.DEFAULT_MAX_LENGTH)
                .isEqualTo(rules.path("answers").path("defaultMaxLength").asInt());
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(Files.readString(RULES.resolve(name)));
    }

    static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        return m.replaceAll(r -> r.group(1).repeat(Integer.parseInt(r.group(2))));
    }
}
