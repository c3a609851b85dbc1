package uk.gov.lbhf.withus.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules the server and the device both apply, read from {@code sync/rules/rules.json} (on the classpath as
 * {@code sync/rules.json}); the TypeScript client imports the same file. Never copy a value from it into code.
 */
public final class SharedRules {

    private static final JsonNode RULES = read();

    /** Largest photo or recording, in bytes. */
    public static final long MAX_ATTACHMENT_BYTES =
            RULES.path("attachments").path("maxBytes").asLong();

    /** Largest chunk of an upload the server takes, in bytes. */
    public static final int MAX_CHUNK_BYTES =
            RULES.path("attachments").path("maxChunkBytes").asInt();

    /** Media types of photos. */
    public static final Set<String> PHOTO_TYPES = strings("attachments", "mediaTypes", "photo");

    /** Media types of recordings. */
    public static final Set<String> AUDIO_TYPES = strings("attachments", "mediaTypes", "audio");

    /** Every media type an attachment may have. */
    public static final Set<String> MEDIA_TYPES = union(PHOTO_TYPES, AUDIO_TYPES);

    /** The longest text answer, in characters (code points), where a question sets no limit of its own. */
    public static final int DEFAULT_MAX_LENGTH =
            RULES.path("answers").path("defaultMaxLength").asInt();

    /** What a consent question accepts. */
    public static final List<String> CONSENT_ANSWERS = List.copyOf(strings("answers", "consentAnswers"));
    /** The shape of a reference answer: the id of a thing as the pull gave it. */
    public static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            RULES.path("answers").path("referencePattern").asString());

    /** The longest short-text (one line) answer where a question sets no limit of its own. */
    public static final int SHORT_TEXT_MAX_LENGTH =
            RULES.path("answers").path("shortTextMaxLength").asInt();
    /** The shape of a number answer: digits, an optional point and decimals (never a comma). */
    public static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            RULES.path("answers").path("numberPattern").asString());
    /** The shape of a date answer (YYYY-MM-DD); it must also be a day that exists. */
    public static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            RULES.path("answers").path("datePattern").asString());
    /** The ends of a scale question (1 and 5). */
    public static final int SCALE_MIN =
            RULES.path("answers").path("scale").path("min").asInt();

    public static final int SCALE_MAX =
            RULES.path("answers").path("scale").path("max").asInt();

    /** The equality section's questions in order, each with its choices' values (rules.json "equality"). */
    public static final java.util.Map<String, List<String>> EQUALITY_QUESTIONS = equalityQuestions();

    /** Which equality questions have a hint of their own (bundle key equality.&lt;id&gt;.hint). */
    public static final Set<String> EQUALITY_HINTS = equalityHints();

    /** The answer every equality question offers besides its choices. */
    public static final String PREFER_NOT_TO_SAY =
            RULES.path("equality").path("preferNotToSay").asString();

    /** Equality counts below this are shown as "fewer than" it. */
    public static final int SMALLEST_COUNT_SHOWN =
            RULES.path("equality").path("smallestCountShown").asInt();

    private SharedRules() {}

    private static java.util.Map<String, List<String>> equalityQuestions() {
        var questions = new java.util.LinkedHashMap<String, List<String>>();
        for (JsonNode q : RULES.path("equality").path("questions")) {
            questions.put(
                    q.path("id").asString(),
                    List.copyOf(strings("equality", "questions", String.valueOf(questions.size()), "options")));
        }
        if (questions.isEmpty()) {
            throw new IllegalStateException("sync/rules.json has no equality questions");
        }
        return java.util.Collections.unmodifiableMap(questions);
    }

    private static Set<String> equalityHints() {
        var hints = new java.util.LinkedHashSet<String>();
        RULES.path("equality").path("questions").forEach(q -> {
            if (q.path("hint").asBoolean(false)) {
                hints.add(q.path("id").asString());
            }
        });
        return java.util.Collections.unmodifiableSet(hints);
    }

    private static JsonNode read() {
        try (InputStream in = SharedRules.class.getResourceAsStream("/sync/rules.json")) {
            if (in == null) {
                throw new IllegalStateException("sync/rules.json is not on the classpath (see the pom's resources)");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> strings(String... path) {
        JsonNode node = RULES;
        for (String name : path) {
            node = node.isArray() ? node.path(Integer.parseInt(name)) : node.path(name);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalStateException("sync/rules.json has no list at " + String.join(".", path));
        }
        var values = new java.util.LinkedHashSet<String>();
        node.forEach(v -> values.add(v.asString()));
        return java.util.Collections.unmodifiableSet(values);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return java.util.Collections.unmodifiableSet(all);
    }
}
