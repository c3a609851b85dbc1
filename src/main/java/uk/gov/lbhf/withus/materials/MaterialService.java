package uk.gov.lbhf.withus.materials;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.people.CurrentUser;

/** The door to group materials. A material is visible exactly when its group is visible to the viewer. */
@Service
@Transactional(readOnly = true)
public class MaterialService {

    private final MaterialRepository materials;
    private final MaterialFormatRepository formats;
    private final PaperRequestRepository requests;
    private final GroupService groups;

    MaterialService(
            MaterialRepository materials,
            MaterialFormatRepository formats,
            PaperRequestRepository requests,
            GroupService groups) {
        this.materials = materials;
        this.formats = formats;
        this.requests = requests;
        this.groups = groups;
    }

    /** Whether the material exists and its group is visible to the viewer. */
    public boolean canSee(long materialId, CurrentUser viewer) {
        return materials.findGroupIdById(materialId).stream().anyMatch(g -> groups.canView(g, viewer));
    }

    /**
     * The papers people asked for in a format or language they were not in, counted per paper, format and
     * language, the longest waiting first; only those of groups the viewer can see (the view is for staff).
     */
    public List<PaperRequestSummary> paperRequests(CurrentUser viewer) {
        java.util.Map<Long, String> groupNames = new java.util.HashMap<>();
        groups.visibleGroups(viewer).forEach(g -> groupNames.put(g.id(), g.name()));
        return requests.counted().stream()
                .filter(r -> groupNames.containsKey(r.groupId()))
                .map(r -> {
                    boolean offered = materials.findById(r.materialId()).stream()
                            .flatMap(m -> m.getFormats().stream())
                            .anyMatch(f -> f.getKind() == r.kind()
                                    && java.util.Locale.forLanguageTag(f.getLanguage())
                                            .getLanguage()
                                            .equals(r.language()));
                    String group = groupNames.get(r.groupId());
                    return new PaperRequestSummary(
                            r.materialId(),
                            r.title(),
                            group,
                            r.kind(),
                            r.language(),
                            r.count(),
                            r.firstAsked(),
                            r.lastAsked(),
                            offered);
                })
                .toList();
    }

    public List<MaterialSummary> forGroup(long groupId, CurrentUser viewer) {
        if (!groups.canView(groupId, viewer)) {
            return List.of();
        }
        return materials.findByGroupIdOrderByPublishedAtDesc(groupId).stream()
                .map(Material::toSummary)
                .toList();
    }

    /** What is new in the viewer's own groups, newest first. */
    public List<MaterialSummary> recentInGroupsOf(CurrentUser viewer, int max) {
        List<Long> ids = groups.groupsOf(viewer).stream().map(GroupSummary::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return materials.findByGroupIdInOrderByPublishedAtDesc(ids, Limit.of(max)).stream()
                .map(Material::toSummary)
                .toList();
    }

    /**
     * Opens a material in the format asked for; without one (or with one that is not this material's), in its
     * standard format. Empty when the material does not exist or its group is hidden from the viewer.
     */
    public Optional<MaterialContent> open(long materialId, Long formatId, CurrentUser viewer) {
        return materials
                .findById(materialId)
                .flatMap(material -> groups.findVisible(material.getGroupId(), viewer)
                        .map(group -> {
                            MaterialFormat chosen = material.getFormats().stream()
                                    .filter(f -> formatId != null && f.getId().equals(formatId))
                                    .findFirst()
                                    .or(() -> material.getFormats().stream()
                                            .filter(f -> f.getKind() == FormatKind.STANDARD)
                                            .findFirst())
                                    .orElse(material.getFormats().getFirst());
                            return new MaterialContent(
                                    material.toSummary(), group, chosen.toOption(), paragraphs(chosen.getBody()));
                        }));
    }

    /** The recording behind a file format, if the viewer may see its material. */
    public Optional<MaterialFile> file(long materialId, long formatId, CurrentUser viewer) {
        return formats.findById(formatId)
                .filter(MaterialFormat::hasFile)
                .filter(f -> f.getMaterial().getId() == materialId)
                .filter(f -> groups.canView(f.getMaterial().getGroupId(), viewer))
                .map(f -> new MaterialFile(f.getFileName(), f.getMediaType(), f.getContent()));
    }

    @Transactional
    public MaterialSummary publish(
            long groupId,
            String title,
            String summary,
            MaterialType type,
            OffsetDateTime publishedAt,
            List<NewFormat> newFormats) {
        if (newFormats.stream().noneMatch(f -> f.kind() == FormatKind.STANDARD)) {
            throw new IllegalArgumentException("Every material needs a standard format");
        }
        var material = new Material(groupId, title, summary, type, publishedAt);
        for (NewFormat f : newFormats) {
            material.addFormat(
                    f.mediaType() == null
                            ? MaterialFormat.text(f.kind(), f.language(), f.text())
                            : MaterialFormat.file(
                                    f.kind(), f.language(), f.text(), f.mediaType(), f.fileName(), f.content()));
        }
        return materials.save(material).toSummary();
    }

    private static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
