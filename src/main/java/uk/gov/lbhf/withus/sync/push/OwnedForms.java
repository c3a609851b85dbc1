package uk.gov.lbhf.withus.sync.push;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.sync.OwnedForm;

/** Push, after the write: each newly stored submission to a form a feature owns is passed to that feature. */
@Component
class OwnedForms {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, OwnedForm> byKey = new HashMap<>();

    OwnedForms(List<OwnedForm> owned) {
        owned.forEach(o -> byKey.put(o.formKey(), o));
    }

    /** The written ones, less those the database already held (replays: they were passed on when first stored). */
    void passOn(List<Submission> written, List<Submission> skipped) {
        if (byKey.isEmpty()) {
            return;
        }
        Set<Submission> replays = Collections.newSetFromMap(new IdentityHashMap<>());
        replays.addAll(skipped);
        for (Submission s : written) {
            OwnedForm owner = byKey.get(s.getFormKey());
            if (owner == null || replays.contains(s)) {
                continue;
            }
            Map<String, String> answers = new HashMap<>();
            JsonNode stored = JSON.readTree(s.getAnswers());
            stored.propertyNames().forEach(k -> {
                if (stored.get(k).isString()) {
                    answers.put(k, stored.get(k).asString());
                }
            });
            owner.accepted(new OwnedForm.Accepted(
                    s.getId(), s.getPersonId(), s.getCapturedAt(), s.getReceivedAt(), Map.copyOf(answers)));
        }
    }
}
