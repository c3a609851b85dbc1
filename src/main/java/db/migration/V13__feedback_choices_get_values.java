package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Forms in several languages (feedback): every stored form version becomes the new definition format
 * (sync/schemas/form-definition.schema.json) – each text a text per language (the English words it had), each choice a
 * stable value made from its English words ("Streets and parks" → "streets-and-parks") with {@code was} keeping the
 * words – and every stored answer to a choice, which carried those words, now carries the value. Versions stay
 * versions (none is renumbered), so answers on older versions stay readable. A Java migration because it reads JSON;
 * it runs once, in the same transaction as the rest of Flyway's step.
 */
public class V13__feedback_choices_get_values extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        // form key@version → question id → former words → value
        Map<String, Map<String, Map<String, String>>> values = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                        "select id, form_key, version, title, description, definition from form_definition");
                PreparedStatement update =
                        c.prepareStatement("update form_definition set definition = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ObjectNode definition = (ObjectNode) JSON.readTree(rows.getString("definition"));
                Map<String, Map<String, String>> byQuestion = new HashMap<>();
                ObjectNode migrated =
                        migrate(definition, rows.getString("title"), rows.getString("description"), byQuestion);
                values.put(rows.getString("form_key") + "@" + rows.getInt("version"), byQuestion);
                update.setString(1, JSON.writeValueAsString(migrated));
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement select =
                        c.prepareStatement("select id, form_key, form_version, answers from sync_submission");
                PreparedStatement update = c.prepareStatement("update sync_submission set answers = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                var byQuestion = values.get(rows.getString("form_key") + "@" + rows.getInt("form_version"));
                JsonNode answers = JSON.readTree(rows.getString("answers"));
                if (byQuestion == null || !(answers instanceof ObjectNode object)) {
                    continue;
                }
                boolean changed = false;
                for (var question : byQuestion.entrySet()) {
                    JsonNode answer = object.get(question.getKey());
                    if (answer != null
                            && answer.isString()
                            && question.getValue().containsKey(answer.asString())) {
                        object.put(question.getKey(), question.getValue().get(answer.asString()));
                        changed = true;
                    }
                }
                if (changed) {
                    update.setString(1, JSON.writeValueAsString(object));
                    update.setObject(2, rows.getObject("id"));
                    update.addBatch();
                    if (++pending % 500 == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }

    /** One definition in the new format; {@code valuesByWords} gets each choice question's words → value. */
    static ObjectNode migrate(
            ObjectNode old, String title, String description, Map<String, Map<String, String>> valuesByWords) {
        ObjectNode result = JSON.createObjectNode();
        result.set("title", text(title));
        result.set("description", text(description));
        ArrayNode questions = result.putArray("questions");
        for (JsonNode q : old.path("questions")) {
            ObjectNode question = ((ObjectNode) q).deepCopy();
            if (q.path("label").isString()) {
                question.set("label", text(q.path("label").asString()));
            }
            if (q.path("hint").isString()) {
                question.set("hint", text(q.path("hint").asString()));
            }
            if (q.path("options").isArray()) {
                ArrayNode options = question.putArray("options");
                Map<String, String> byWords = new HashMap<>();
                Set<String> used = new HashSet<>();
                for (JsonNode option : q.path("options")) {
                    if (!option.isString()) {
                        options.add(option); // already a choice with a value
                        continue;
                    }
                    String words = option.asString();
                    String value = valueFor(words, used);
                    ObjectNode choice = options.addObject();
                    choice.put("value", value);
                    choice.set("label", text(words));
                    choice.put("was", words);
                    byWords.put(words, value);
                }
                valuesByWords.put(q.path("id").asString(), byWords);
            }
            questions.add(question);
        }
        return result;
    }

    static String valueFor(String words, Set<String> used) {
        String base =
                words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 70) {
            base = base.substring(0, 70).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "choice";
        }
        String value = base;
        for (int n = 2; !used.add(value); n++) {
            value = base + "-" + n;
        }
        return value;
    }

    private static ObjectNode text(String english) {
        ObjectNode text = JSON.createObjectNode();
        text.put("en", english);
        return text;
    }
}
