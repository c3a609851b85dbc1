package uk.gov.lbhf.withus.base.ui;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import java.util.Locale;

/** Numbers with units, in the reader's language (ICU's own words and digits for each). */
public final class Formats {

    private Formats() {}

    /** A file's size as people read it: "820 KB", "1.4 MB" (in Arabic with Arabic digits and words). */
    public static String fileSize(Locale locale, long bytes) {
        var format = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT);
        if (bytes < 1024 * 1024) {
            return format.format(new Measure(Math.max(1, Math.round(bytes / 1024.0)), MeasureUnit.KILOBYTE));
        }
        double megabytes = Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
        return format.format(new Measure(megabytes, MeasureUnit.MEGABYTE));
    }
}
