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
    private final java.time.Clock clock;

    MaterialService(
            MaterialRepository materials,
            MaterialFormatRepository formats,
            PaperRequestRepository requests,
            GroupService groups,
            java.time.Clock clock) {
        this.materials = materials;
        this.formats = formats;
        this.requests = requests;
        this.groups = groups;
        this.clock = clock;
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

    /** Whether the viewer may publish papers to this group and add their formats: an organiser, while it is open. */
    public boolean canPublish(long groupId, CurrentUser viewer) {
        return groups.canSchedule(groupId, viewer);
    }

    /** What publishing a paper or adding a format came to: the paper as it is now, or every problem (nothing saved). */
    public record Published(Optional<MaterialSummary> material, List<NewPaper.Problem> problems, int told) {}

    /**
     * Publishes a paper to a group for one of its organisers (staff or a co-chair, while the group is open): every
     * problem with what was entered, or the paper, which members' devices get at their next sync.
     */
    @Transactional
    public Published publish(CurrentUser organiser, long groupId, NewPaper paper) {
        requirePublisher(groupId, organiser);
        var problems = paper.problems(meetingsOf(groupId, organiser).keySet());
        if (!problems.isEmpty()) {
            return new Published(Optional.empty(), problems, 0);
        }
        var material = new Material(
                groupId,
                paper.title().strip(),
                paper.summary().strip(),
                paper.materialType().orElseThrow(),
                OffsetDateTime.now(clock));
        material.publishedBy(organiser.personId());
        material.forMeeting(paper.meetingId().orElse(null));
        material.addFormat(format(FormatKind.STANDARD, "en", paper.text(), paper.fileName(), paper.file()));
        return new Published(Optional.of(materials.save(material).toSummary()), List.of(), 0);
    }

    /**
     * Adds an alternative format to a paper, for an organiser of its group; the people who asked for the paper in that
     * format and language are told (their requests are answered: the pull and their home page say it is there).
     */
    @Transactional
    public Published addFormat(CurrentUser organiser, long materialId, NewPaperFormat added) {
        var material = materials
                .findById(materialId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No such paper"));
        requirePublisher(material.getGroupId(), organiser);
        var problems = added.problems(
                groups.languagesOf(material.getGroupId()), material.toSummary().formats());
        if (!problems.isEmpty()) {
            return new Published(Optional.empty(), problems, 0);
        }
        FormatKind kind = added.chosenKind().orElseThrow();
        material.addFormat(format(kind, added.language(), added.text(), added.fileName(), added.file()));
        var saved = materials.saveAndFlush(material).toSummary();
        var answered = requests.waiting(materialId, kind, added.language());
        answered.forEach(r -> r.fulfilled(OffsetDateTime.now(clock)));
        return new Published(Optional.of(saved), List.of(), answered.size());
    }

    /** A paper's own page for its organisers: the paper, or empty for anyone else and for one that does not exist. */
    public Optional<MaterialSummary> toPublish(long materialId, CurrentUser viewer) {
        return materials
                .findById(materialId)
                .filter(m -> canPublish(m.getGroupId(), viewer))
                .map(Material::toSummary);
    }

    /** A request the person made, and whether what they asked for is there now. */
    public record MyPaperRequest(
            long materialId,
            String title,
            FormatKind kind,
            String language,
            OffsetDateTime askedAt,
            Optional<OffsetDateTime> readyAt) {}

    /** The person's own paper requests, newest first, for papers they can still see. */
    public List<MyPaperRequest> myRequests(CurrentUser person) {
        return requests.findByPersonIdOrderByRequestedAtDesc(person.personId()).stream()
                .flatMap(r -> materials
                        .findById(r.getMaterialId())
                        .filter(m -> groups.canView(m.getGroupId(), person))
                        .map(m -> new MyPaperRequest(
                                m.getId(),
                                m.getTitle(),
                                r.getFormatKind(),
                                r.getLanguage(),
                                r.getRequestedAt(),
                                Optional.ofNullable(r.getFulfilledAt())))
                        .stream())
                .toList();
    }

    /** The group's meetings by id, with when each starts (past and to come): what a paper can be for. */
    public java.util.Map<Long, OffsetDateTime> meetingsOf(long groupId, CurrentUser viewer) {
        java.util.Map<Long, OffsetDateTime> found = new java.util.LinkedHashMap<>();
        groups.findVisible(groupId, viewer)
                .flatMap(g -> groups.details(g.slug(), viewer))
                .ifPresent(d -> {
                    d.upcomingMeetings().forEach(m -> found.put(m.id(), m.startsAt()));
                    d.pastMeetings().forEach(m -> found.put(m.id(), m.startsAt()));
                });
        return found;
    }

    private void requirePublisher(long groupId, CurrentUser viewer) {
        if (!canPublish(groupId, viewer)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the group's organisers publish its papers");
        }
    }

    /** A format from what was entered: a plain text file becomes the page's text; any other file is kept as it is. */
    private static MaterialFormat format(FormatKind kind, String language, String text, String fileName, byte[] file) {
        String body = text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
        if (file == null) {
            return MaterialFormat.text(kind, language, body);
        }
        PaperFile checked = PaperFile.check(fileName, file).file().orElseThrow();
        if (checked.isText()) {
            return MaterialFormat.text(kind, language, body == null ? checked.text() : body + "\n\n" + checked.text());
        }
        return MaterialFormat.file(kind, language, body, checked.mediaType(), checked.fileName(), checked.content());
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
