package uk.gov.lbhf.withus.sync;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long sync data is kept (configuration {@code withus.retention.*}, shown in the privacy notice), applied every
 * night by {@link RetentionJob}.
 *
 * @param answers           submissions (with their later copies and files) after they were received
 * @param quarantine        items that could not be stored, after they arrived
 * @param unusedDevices     a device not seen for this long is revoked (it must be set up again to send)
 * @param unfinishedUploads a photo or recording that never arrived whole
 */
@ConfigurationProperties("withus.retention")
public record RetentionPolicy(
        @DefaultValue("P2Y") Period answers,
        @DefaultValue("P1Y") Period quarantine,
        @DefaultValue("P6M") Period unusedDevices,
        @DefaultValue("P7D") Period unfinishedUploads) {

    /** Whole months of a period (for people: "24 months"). */
    public static long months(Period period) {
        return period.toTotalMonths();
    }
}
