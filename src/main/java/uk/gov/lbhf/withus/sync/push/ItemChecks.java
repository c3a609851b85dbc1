package uk.gov.lbhf.withus.sync.push;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Limits a pushed item must keep before anything of it reaches a query or a column (sync/SPEC.md, "Push"). */
public final class ItemChecks {

    /** The canonical JSON of one item; a longer item is quarantined whole, never stored as a submission. */
    public static final int MAX_ITEM_CHARS = 100_000;

    public static final int MAX_QUESTION_ID = 80;
    public static final Pattern FORM_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private ItemChecks() {}

    /** A capture time that can be true: not before 2020 and not more than a day ahead of the server's clock. */
    public static boolean plausible(OffsetDateTime capturedAt, OffsetDateTime now) {
        return !capturedAt.isBefore(EARLIEST) && !capturedAt.isAfter(now.plusDays(1));
    }

    /** No NUL character (PostgreSQL cannot store it in text) and no half of a surrogate pair, in any key or value. */
    public static boolean cleanText(JsonNode node) {
        if (node.isString()) {
            return clean(node.asString());
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (!clean(entry.getKey()) || !cleanText(entry.getValue())) {
                    return false;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (!cleanText(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Up to {@code max} characters of a text, without control characters (for a column that names an item). */
    public static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int cp : text.codePoints().toArray()) {
            boolean surrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
            if (Character.isISOControl(cp) || surrogate) {
                continue;
            }
            if (out.length() + Character.charCount(cp) > max) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
