package uk.gov.lbhf.withus.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.people.Role;

/**
 * The two forms the offline capture work starts from (see issue "Offline capture and sync"), written in every
 * language in {@code demo/forms/*.json}: each choice has a stable value, its words are per language.
 */
final class DemoForms {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoForms() {}

    static void publish(FeedbackFormService forms) {
        for (String name : new String[] {"community-event", "leaseholder-service"}) {
            JsonNode form = read("/demo/forms/" + name + ".json");
            JsonNode definition = form.path("definition");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            form.path("forRoles").forEach(r -> roles.add(Role.valueOf(r.asString())));
            forms.publish(
                    form.path("key").asString(),
                    definition.path("title").path("en").asString(),
                    definition.path("description").path("en").asString(),
                    JSON.writeValueAsString(definition),
                    roles);
        }
    }

    private static JsonNode read(String path) {
        try (InputStream in = DemoForms.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
