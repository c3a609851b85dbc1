package uk.gov.lbhf.withus.materials;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.sync.OfflineItems;

/**
 * Kind {@code material} of the pull: the papers of the groups a person can see, every format with its text (a file's
 * address, type and size), and the person's own requests for the paper in other formats, each marked ready once it is
 * there.
 */
@Component
class MaterialOfflineItems implements OfflineItems {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final GroupService groups;
    private final MaterialService materials;

    MaterialOfflineItems(GroupService groups, MaterialService materials) {
        this.groups = groups;
        this.materials = materials;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfflineItem> offlineItemsFor(CurrentUser user) {
        List<OfflineItem> items = new ArrayList<>();
        var mine = materials.myRequests(user).stream()
                .collect(java.util.stream.Collectors.groupingBy(MaterialService.MyPaperRequest::materialId));
        for (GroupSummary group : groups.visibleGroups(user)) {
            for (MaterialSummary material : materials.forGroup(group.id(), user)) {
                var data = material(material, group, user);
                var asked = mine.getOrDefault(material.id(), List.of());
                if (!asked.isEmpty()) {
                    ArrayNode requests = data.putArray("myRequests");
                    for (var r : asked) {
                        ObjectNode request = requests.addObject();
                        request.put("format", r.kind().slug());
                        request.put("language", r.language());
                        request.put("askedAt", r.askedAt().toInstant().toString());
                        r.readyAt()
                                .ifPresent(at ->
                                        request.put("readyAt", at.toInstant().toString()));
                    }
                }
                items.add(new OfflineItem("material", String.valueOf(material.id()), data));
            }
        }
        return items;
    }

    private ObjectNode material(MaterialSummary m, GroupSummary group, CurrentUser user) {
        ObjectNode data = NODES.objectNode();
        data.put("id", m.id());
        data.put("groupSlug", group.slug());
        data.put("title", m.title());
        data.put("summary", m.summary());
        data.put("type", m.type().name());
        data.put("publishedAt", m.publishedAt().toInstant().toString());
        if (m.meetingId() != null) {
            data.put("meetingId", m.meetingId());
        }
        ArrayNode formats = data.putArray("formats");
        for (FormatOption f : m.formats()) {
            ObjectNode format = formats.addObject();
            format.put("id", f.id());
            format.put("kind", f.kind().slug());
            format.put("language", f.language());
            var content = materials.open(m.id(), f.id(), user).orElseThrow();
            if (f.mediaType() != null) {
                format.put("mediaType", f.mediaType());
                format.put("href", "/files/materials/" + m.id() + "/" + f.id());
                format.put("fileSize", f.fileSize());
            }
            ArrayNode paragraphs = format.putArray("paragraphs");
            content.paragraphs().forEach(paragraphs::add);
        }
        return data;
    }
}
