package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupDetails;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.NewPaper;
import uk.gov.lbhf.withus.materials.PaperFile;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Publish a paper to a group, for its organisers (staff and co-chairs, while the group is open; anyone else gets "not
 * found"): its title, what it is about, its type, and its standard version written in the page, uploaded (PDF, Word,
 * OpenDocument, plain text, a recording) or both. Every problem is in the error summary and at its field and nothing
 * is saved; once published, a confirmation says members get it at their next sync and leads to its formats.
 */
@Route("groups/:slug/papers/new")
@PermitAll // organisers only: decided per group by the service (a co-chair is a resident, not a staff role)
class NewPaperView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final MaterialService materials;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("paper-errors");
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private GroupDetails group;
    private CurrentUser viewer;
    private String title = "";
    private boolean errors;

    NewPaperView(GroupService groups, MaterialService materials, PeopleService people) {
        this.groups = groups;
        this.materials = materials;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        String slug = event.getRouteParameters().get("slug").orElse("");
        group = groups.details(slug, viewer)
                .filter(d -> materials.canPublish(d.group().id(), viewer))
                .orElse(null);
        if (group == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        fields.clear();
        title = getTranslation("paper.new.heading");
        add(new Paragraph(Html.inEnglish(
                Html.routerLink("groups/" + group.group().slug(), group.group().name()))));
        add(new H1(title), summary);
        add(new Paragraph(getTranslation("paper.new.intro")));
        fields.put(
                "title",
                Fields.input(
                        "paper-title",
                        "text",
                        getTranslation("paper.title"),
                        getTranslation("paper.title.hint"),
                        NewPaper.TITLE_MAX));
        fields.put(
                "summary",
                Fields.textarea(
                        "paper-summary",
                        getTranslation("paper.summary"),
                        getTranslation("paper.summary.hint"),
                        NewPaper.SUMMARY_MAX,
                        3));
        List<Fields.Option> types = new ArrayList<>();
        NewPaper.TYPES.forEach(t -> types.add(new Fields.Option(t.name(), getTranslation("materialType." + t.name()))));
        fields.put("type", Fields.radios("paper-type", getTranslation("paper.type"), null, types));
        // the meetings a paper can be for: the next ones, then the latest that have happened (minutes come after)
        var meetings = new ArrayList<Fields.Option>();
        group.upcomingMeetings().stream()
                .limit(3)
                .forEach(m -> meetings.add(new Fields.Option(String.valueOf(m.id()), Dates.day(m.startsAt()))));
        group.pastMeetings().stream()
                .limit(3)
                .forEach(m -> meetings.add(new Fields.Option(String.valueOf(m.id()), Dates.day(m.startsAt()))));
        meetings.add(new Fields.Option(NewPaper.NO_MEETING, getTranslation("paper.meeting.none")));
        fields.put(
                "meeting",
                Fields.radios(
                        "paper-meeting",
                        getTranslation("paper.meeting"),
                        getTranslation("paper.meeting.hint"),
                        meetings));
        fields.put(
                "text",
                Fields.textarea("paper-text", getTranslation("paper.text"), getTranslation("paper.text.hint"), 0, 10));
        fields.put(
                "file",
                Fields.file(
                        "paper-file",
                        getTranslation("paper.file"),
                        getTranslation("paper.file.hint"),
                        getTranslation("paper.file.choose"),
                        PaperFile.AUDIO_MAX_BYTES));
        fields.values().forEach(this::add);
        var publish = new NativeButton(getTranslation("paper.new.publish"), e -> publish());
        publish.addClassNames("wu-button", "wu-button-primary");
        add(publish);
    }

    private void publish() {
        var paper = new NewPaper(
                fields.get("title").value(),
                fields.get("summary").value(),
                fields.get("type").value(),
                fields.get("meeting").value(),
                fields.get("text").value(),
                fields.get("file").fileName(),
                fields.get("file").fileBytes());
        var outcome = materials.publish(viewer, group.group().id(), paper);
        if (outcome.material().isPresent()) {
            errors = false;
            confirm(outcome.material().get().id(), paper.title().strip());
            return;
        }
        errors = true;
        List<ErrorSummary.Error> found = new ArrayList<>();
        for (NewPaper.Problem p : outcome.problems()) {
            found.add(new ErrorSummary.Error(
                    fields.get(p.field()), getTranslation("paper.error." + p.code(), maxFor(p.code()))));
        }
        summary.show(found, List.copyOf(fields.values()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** GOV.UK confirmation: what happened, what happens next, and where to go from here. */
    private void confirm(long materialId, String paperTitle) {
        removeAll();
        title = getTranslation("paper.published.heading");
        var panel = new Div();
        panel.addClassName("wu-panel");
        var heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        panel.add(heading, Html.inEnglish(new Paragraph(paperTitle)));
        add(panel);
        add(new Paragraph(getTranslation("paper.published.next")));
        add(new Paragraph(Html.routerLink("papers/" + materialId + "/formats", getTranslation("paper.formats.add"))));
        add(new Paragraph(Html.routerLink("materials/" + materialId, getTranslation("paper.published.read"))));
        add(new Paragraph(Html.inEnglish(
                Html.routerLink("groups/" + group.group().slug(), group.group().name()))));
        heading.getElement().callJsFunction("focus");
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The limits the messages name, as a number in the reader's language (ICU in the bundle). */
    static Object maxFor(String code) {
        return switch (code) {
            case "title-too-long" -> NewPaper.TITLE_MAX;
            case "summary-too-long" -> NewPaper.SUMMARY_MAX;
            default -> PaperFile.DOCUMENT_MAX_BYTES / (1024 * 1024);
        };
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + title + " – WithUs";
    }
}
