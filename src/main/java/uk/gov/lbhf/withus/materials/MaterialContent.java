package uk.gov.lbhf.withus.materials;

import java.util.List;
import uk.gov.lbhf.withus.groups.GroupSummary;

/** A material opened in one format: its text split into paragraphs, or a file to play with its transcript. */
public record MaterialContent(
        MaterialSummary material, GroupSummary group, FormatOption format, List<String> paragraphs) {

    public boolean isFile() {
        return format.mediaType() != null;
    }
}
