package uk.gov.lbhf.withus.sync.push;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.feedback.AnswerProblem;
import uk.gov.lbhf.withus.sync.attachments.AttachmentService;
import uk.gov.lbhf.withus.sync.push.Submission.CaptureMode;
import uk.gov.lbhf.withus.sync.push.Submission.DeclaredAttachment;

/** Push, step "parse": an item's form, time, mode and declared attachments (sync/schemas/submission.schema.json). */
public final class ItemParser {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ItemParser() {}

    /** Reads an item's fields; what is wrong goes to {@code problems} (the item is then quarantined). */
    static Parsed parse(JsonNode item, List<AnswerProblem> problems) {
        var parsed = new Parsed();
        if (!item.isObject()) {
            problems.add(new AnswerProblem("", "not-an-object", "Each item must be a JSON object"));
            return parsed;
        }
        if (!ItemChecks.cleanText(item)) {
            problems.add(new AnswerProblem(
                    "answers", "bad-character", "Text may not hold the NUL character or broken Unicode"));
            return parsed;
        }
        JsonNode form = item.path("form");
        parsed.formKey = form.path("key").asString("");
        parsed.formVersion = form.path("version").isInt() ? form.path("version").asInt() : 0;
        if (!ItemChecks.FORM_KEY.matcher(parsed.formKey).matches() || parsed.formVersion < 1) {
            problems.add(new AnswerProblem("form", "bad-form", "form needs a key and a version of 1 or more"));
        }
        try {
            parsed.capturedAt = utc(item.path("capturedAt").asString(""));
        } catch (DateTimeParseException e) {
            problems.add(new AnswerProblem(
                    "capturedAt", "bad-time", "capturedAt must be a UTC time like 2026-11-22T14:05:00Z"));
        }
        String mode = item.path("mode").asString("personal");
        switch (mode) {
            case "personal" -> parsed.mode = CaptureMode.PERSONAL;
            case "event" -> parsed.mode = CaptureMode.EVENT;
            default -> problems.add(new AnswerProblem("mode", "bad-mode", "mode must be personal or event"));
        }
        if (!item.path("answers").isObject()) {
            problems.add(new AnswerProblem("answers", "not-an-object", "answers must be a JSON object"));
        }
        JsonNode declared = item.path("attachments");
        Map<String, DeclaredAttachment> byQuestion = new LinkedHashMap<>();
        if (!declared.isMissingNode() && !declared.isArray()) {
            problems.add(new AnswerProblem("attachments", "not-an-array", "attachments must be an array"));
        }
        for (JsonNode a : declared.isArray() ? declared : List.<JsonNode>of()) {
            String question = a.path("questionId").asString("");
            String sha = a.path("sha256").asString("");
            String type = a.path("mediaType").asString("");
            long size = a.path("size").asLong(0);
            if (question.isBlank()
                    || question.length() > ItemChecks.MAX_QUESTION_ID
                    || !SHA256.matcher(sha).matches()
                    || !AttachmentService.MEDIA_TYPES.contains(type)
                    || size < 1
                    || size > AttachmentService.MAX_SIZE
                    || byQuestion.containsKey(question)) {
                problems.add(
                        new AnswerProblem(
                                "attachments",
                                "bad-attachment",
                                "Each attachment needs a questionId (once), a SHA-256, an accepted mediaType and a size up to 10 MB"));
                continue;
            }
            byQuestion.put(question, new DeclaredAttachment(question, sha, type, size));
        }
        parsed.attachments = List.copyOf(byQuestion.values());
        return parsed;
    }

    /**
     * A UTC time as clients send it ({@code 2026-11-22T14:05:00Z}, optionally with a fraction of a second), read
     * directly: {@link Instant#parse} costs more than the rest of an item's checks. Anything else goes to
     * {@link Instant#parse}, which accepts or refuses it as before.
     */
    public static OffsetDateTime utc(String text) {
        int n = text.length();
        if (n >= 20
                && n <= 30
                && text.charAt(n - 1) == 'Z'
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && (n == 20 || text.charAt(19) == '.' && n > 21)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = n == 20 ? 0 : digits(text, 20, n - 1);
            if (Math.min(
                                    Math.min(Math.min(year, month), Math.min(day, hour)),
                                    Math.min(Math.min(minute, second), fraction))
                            >= 0
                    && second < 60) {
                try {
                    int nanos = fraction * (int) Math.pow(10, 9 - (n - 21));
                    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
                } catch (java.time.DateTimeException outOfRange) {
                    // e.g. 31 February: let Instant.parse give its own error
                }
            }
        }
        return Instant.parse(text).atOffset(ZoneOffset.UTC);
    }

    /** The number written in text[from, to) with digits only, or -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** What an item says, once read. */
    static final class Parsed {
        String formKey = "";
        int formVersion;
        OffsetDateTime capturedAt;
        CaptureMode mode = CaptureMode.PERSONAL;
        List<DeclaredAttachment> attachments = List.of();
    }
}
