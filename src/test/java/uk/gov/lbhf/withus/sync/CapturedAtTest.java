package uk.gov.lbhf.withus.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of capturedAt gives exactly what Instant.parse gives, and refuses what it refuses. */
class CapturedAtTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22T14:05:00Z",
                "2026-11-22T14:05:00.5Z",
                "2026-11-22T14:05:00.123Z",
                "2026-11-22T14:05:00.123456789Z",
                "2024-02-29T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "2026-12-31T23:59:60Z",
                "2026-11-22T14:05:00+01:00",
                "2026-11-22T14:05:00.Z",
                "+12026-11-22T14:05:00Z"
            })
    void reads_what_instant_parse_reads(String text) {
        assertThat(uk.gov.lbhf.withus.sync.push.ItemParser.utc(text))
                .isEqualTo(Instant.parse(text).atOffset(ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "2026-02-30T10:00:00Z",
                "2026-13-01T10:00:00Z",
                "2026-11-22T25:00:00Z",
                "2026-11-22T14:05:00",
                "2026-11-22 14:05:00Z",
                "2026-1a-22T14:05:00Z",
                "2026-11-22T14:05:00.1234567890Z",
                "+026-11-22T14:05:00Z"
            })
    void refuses_what_instant_parse_refuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> uk.gov.lbhf.withus.sync.push.ItemParser.utc(text))
                .isInstanceOf(DateTimeParseException.class);
    }
}
