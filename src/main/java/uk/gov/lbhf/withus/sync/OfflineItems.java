package uk.gov.lbhf.withus.sync;

import java.util.List;
import tools.jackson.databind.JsonNode;
import uk.gov.lbhf.withus.people.CurrentUser;

/**
 * What a feature adds to what a person's devices keep offline (the pull, sync/SPEC.md §5). Sync owns the protocol
 * (snapshot, etags, cursor, checksum); each feature owns its kinds and says what of them the person may see, so sync
 * never imports the features that fill it. A new kind is added to sync/schemas/pull-response.schema.json first.
 */
public interface OfflineItems {

    /** One item: its kind (as in the pull schema), its key (unique within the kind) and its data. */
    public record OfflineItem(String kind, String key, JsonNode data) {}

    /** Everything of this feature's kinds that this person's devices should hold: only what they may see. */
    public List<OfflineItem> offlineItemsFor(CurrentUser user);
}
