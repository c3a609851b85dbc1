package uk.gov.lbhf.withus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.testsupport.EmbeddedPostgresInitializer;

/**
 * V13 on stored data, on PostgreSQL and H2: a database as the previous release left it (its migrations up to V12, the
 * form versions it published, whose choices were their English words, and answers that carry those words) is
 * migrated, and then every version reads in the new format, every stored answer carries the choice's value, the
 * officer reads it in words again, an answer a device kept in its outbox from before (the old words) is still read as
 * the value, and nothing else changed.
 */
class ChoiceValuesMigrationAppTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The leaseholder form exactly as the previous release stored it (DemoForms before V13). */
    private static final String OLD_LEASEHOLDER = """
            {"questions":[
              {"id":"service","type":"radios","label":"Which service is your feedback about?","required":true,
               "options":["Repairs","Caretaking","Major works","Service charges"]},
              {"id":"rating","type":"radios","label":"How good was the service?","required":true,
               "options":["Very good","Good","Neither good nor poor","Poor","Very poor"]},
              {"id":"comment","type":"textarea","label":"What should we know?","required":false,"maxLength":2000},
              {"id":"photo","type":"photo","label":"Add a photo","required":false},
              {"id":"contactConsent","type":"consent","label":"Can we contact you about your feedback?",
               "required":true}
            ]}""";

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void storedDefinitionsAndAnswersAreMigratedToValues(String database) throws Exception {
        String url = database.equals("h2")
                ? "jdbc:h2:mem:v13-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                : EmbeddedPostgresInitializer.newDatabase();
        String user = database.equals("h2") ? "sa" : "postgres";
        String password = database.equals("h2") ? "" : "postgres";
        // one connection throughout, as the application's pool keeps them (H2 ties a check constraint to the session
        // that made it, and fails once that session's connection is closed)
        var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, user, password, true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("12")
                .load()
                .migrate();

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertForm(c, "leaseholder-service", 1, "Leaseholder service feedback", OLD_LEASEHOLDER);
            insertSubmission(c, first, "leaseholder-service", 1, """
                    {"comment":"The lift was out for nine days.","contactConsent":"yes","rating":"Very poor","service":"Repairs"}""");
            insertSubmission(c, second, "leaseholder-service", 1, """
                    {"contactConsent":"no","rating":"Neither good nor poor","service":"Major works"}""");
            // a form without choices: its answers are not touched
            insertForm(
                    c,
                    "notes",
                    1,
                    "Notes",
                    "{\"questions\":[{\"id\":\"note\",\"type\":\"textarea\",\"label\":\"Note\",\"required\":true}]}");
            insertSubmission(c, untouched, "notes", 1, "{\"note\":\"Repairs\"}");
        }

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection c = dataSource.getConnection()) {
            String definition =
                    single(c, "select definition from form_definition where form_key = 'leaseholder-service'");
            List<FormQuestion> questions = FormQuestions.parse(definition);
            FormQuestion service = questions.get(0);
            assertThat(service.options())
                    .extracting(FormQuestion.Option::value)
                    .containsExactly("repairs", "caretaking", "major-works", "service-charges");
            assertThat(service.options().get(2).label().english()).isEqualTo("Major works");
            assertThat(service.options().get(2).was()).isEqualTo("Major works");
            assertThat(questions.get(1).options())
                    .extracting(FormQuestion.Option::value)
                    .containsExactly("very-good", "good", "neither-good-nor-poor", "poor", "very-poor");
            assertThat(questions.get(2).label().english()).isEqualTo("What should we know?");
            JsonNode root = JSON.readTree(definition);
            assertThat(root.path("title").path("en").asString()).isEqualTo("Leaseholder service feedback");

            JsonNode a = JSON.readTree(single(c, "select answers from sync_submission where id = '" + first + "'"));
            assertThat(a.path("service").asString()).isEqualTo("repairs");
            assertThat(a.path("rating").asString()).isEqualTo("very-poor");
            assertThat(a.path("comment").asString()).isEqualTo("The lift was out for nine days.");
            assertThat(a.path("contactConsent").asString()).isEqualTo("yes");
            JsonNode b = JSON.readTree(single(c, "select answers from sync_submission where id = '" + second + "'"));
            assertThat(b.path("service").asString()).isEqualTo("major-works");
            assertThat(b.path("rating").asString()).isEqualTo("neither-good-nor-poor");
            assertThat(single(c, "select answers from sync_submission where id = '" + untouched + "'"))
                    .isEqualTo("{\"note\":\"Repairs\"}");
            assertThat(single(c, "select content_hash from sync_submission where id = '" + first + "'"))
                    .as("the identity of what the device sent is kept, so its replay is still a duplicate")
                    .isEqualTo("h-" + first.toString().substring(0, 8));

            // the officer reads the stored values in words; this old version is in English only, so marked English
            List<FormQuestions.ReadableAnswer> read = FormQuestions.readable(
                    definition, a, Locale.forLanguageTag("ar"), v -> v.equals("yes") ? "نعم" : "لا");
            assertThat(read)
                    .extracting(FormQuestions.ReadableAnswer::answer)
                    .containsExactly("Repairs", "Very poor", "The lift was out for nine days.", "نعم");
            assertThat(read.get(0).answerLanguage()).isEqualTo("en");

            // an answer captured before the upgrade, still in a device's outbox, is read as the value
            assertThat(FormQuestions.valueOf(service, "Service charges")).isEqualTo("service-charges");
            assertThat(FormQuestions.check(
                            new FormSummary(
                                    "leaseholder-service",
                                    1,
                                    "t",
                                    "d",
                                    definition,
                                    OffsetDateTime.now(),
                                    java.util.Set.of(uk.gov.lbhf.withus.people.Role.LEASEHOLDER)),
                            JSON.readTree(
                                    "{\"service\":\"Service charges\",\"rating\":\"Good\",\"contactConsent\":\"no\"}"),
                            java.util.Map.of()))
                    .isEmpty();
        }
    }

    private static void insertForm(Connection c, String key, int version, String title, String definition)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement("insert into form_definition (form_key, version, title,"
                + " description, definition, published_at, for_roles) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setInt(2, version);
            insert.setString(3, title);
            insert.setString(4, "A form of the previous release");
            insert.setString(5, definition);
            insert.setObject(6, OffsetDateTime.parse("2026-11-20T09:00:00Z"));
            insert.setString(7, "LEASEHOLDER,OFFICER,COPRODUCTION_TEAM");
            insert.executeUpdate();
        }
    }

    private static void insertSubmission(Connection c, UUID id, String key, int version, String answers)
            throws Exception {
        try (PreparedStatement insert = c.prepareStatement("insert into sync_submission (id, form_key, form_version,"
                + " capture_mode, captured_at, received_at, answers, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, key);
            insert.setInt(3, version);
            insert.setString(4, "PERSONAL");
            insert.setObject(5, OffsetDateTime.parse("2026-11-20T09:30:00Z"));
            insert.setObject(6, OffsetDateTime.parse("2026-11-20T09:31:00Z"));
            insert.setString(7, answers);
            insert.setString(8, "h-" + id.toString().substring(0, 8));
            insert.executeUpdate();
        }
    }

    private static String single(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        assertThat(values).hasSize(1);
        return values.getFirst();
    }
}
