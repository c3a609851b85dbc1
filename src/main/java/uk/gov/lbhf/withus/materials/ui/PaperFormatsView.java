package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Formats;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.NewPaper;
import uk.gov.lbhf.withus.materials.NewPaperFormat;
import uk.gov.lbhf.withus.materials.PaperFile;
import uk.gov.lbhf.withus.materials.PaperRequestSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * A paper's formats side by side, for its group's organisers (anyone else gets "not found"): the formats it is in,
 * what people have asked for and since when, and a form to add one – easy read, large print, audio (with its
 * transcript) or the paper in another of the group's languages. Adding a format tells the people who asked for it.
 */
@Route("papers/:id/formats")
@PermitAll // organisers only: decided per group by the service (a co-chair is a resident, not a staff role)
class PaperFormatsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MaterialService materials;
    private final GroupService groups;
    private final PeopleService people;
    private final ErrorSummary summary = new ErrorSummary("format-errors");
    private final Paragraph done = new Paragraph();
    private final Map<String, Fields.Field> fields = new LinkedHashMap<>();
    private CurrentUser viewer;
    private long materialId;
    private String title = "";
    private boolean errors;

    PaperFormatsView(MaterialService materials, GroupService groups, PeopleService people) {
        this.materials = materials;
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
        done.getElement().setAttribute("tabindex", "-1");
        done.addClassName("wu-inset");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        try {
            materialId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (materials.toPublish(materialId, viewer).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        done.setVisible(false);
        show();
    }

    private void show() {
        var paper = materials.toPublish(materialId, viewer).orElseThrow();
        removeAll();
        fields.clear();
        title = getTranslation("paper.formats.heading", paper.title());
        add(new Paragraph(Html.inEnglish(Html.routerLink("materials/" + paper.id(), paper.title()))));
        var heading = new H1(getTranslation("paper.formats.heading.short"));
        add(heading, summary, done);
        add(Html.inEnglish(new Paragraph(paper.title())));

        var offered = Html.section("paper-formats", getTranslation("paper.formats.offered"));
        var list = new UnorderedList();
        paper.formats().forEach(f -> list.add(new ListItem(describe(f))));
        offered.add(list);
        add(offered);

        var asked = Html.section("paper-asked", getTranslation("paper.formats.asked"));
        List<PaperRequestSummary> waiting = materials.paperRequests(viewer).stream()
                .filter(r -> r.materialId() == paper.id() && !r.offeredNow())
                .toList();
        if (waiting.isEmpty()) {
            asked.add(new Paragraph(getTranslation("paper.formats.asked.none")));
        } else {
            var askedList = new UnorderedList();
            for (PaperRequestSummary r : waiting) {
                askedList.add(new ListItem(new Html.Time(
                        r.firstAsked(),
                        getTranslation(
                                "paper.formats.asked.item",
                                kindAndLanguage(r.kind(), r.language()),
                                r.count(),
                                Dates.shortDay(r.firstAsked())))));
            }
            asked.add(askedList);
        }
        add(asked);

        var form = new Div();
        form.add(new H2(getTranslation("paper.formats.add")));
        List<Fields.Option> kinds = new ArrayList<>();
        NewPaperFormat.KINDS.forEach(k -> kinds.add(new Fields.Option(k.name(), kindLabel(k))));
        fields.put("kind", Fields.radios("format-kind", getTranslation("paper.format.kind"), null, kinds));
        List<Fields.Option> languages = new ArrayList<>();
        for (String tag : groups.languagesOf(paper.groupId())) {
            languages.add(new Fields.Option(tag, languageLabel(tag)));
        }
        fields.put(
                "language",
                Fields.radios(
                        "format-language",
                        getTranslation("paper.format.language"),
                        getTranslation("paper.format.language.hint"),
                        languages));
        fields.put(
                "text",
                Fields.textarea(
                        "format-text",
                        getTranslation("paper.format.text"),
                        getTranslation("paper.format.text.hint"),
                        0,
                        10));
        fields.put(
                "file",
                Fields.file(
                        "format-file",
                        getTranslation("paper.file"),
                        getTranslation("paper.format.file.hint"),
                        getTranslation("paper.file.choose"),
                        PaperFile.AUDIO_MAX_BYTES));
        fields.values().forEach(form::add);
        var add = new NativeButton(getTranslation("paper.format.add"), e -> addFormat());
        add.addClassNames("wu-button", "wu-button-primary");
        form.add(add);
        add(form);
    }

    private com.vaadin.flow.component.Component describe(FormatOption f) {
        String label = kindAndLanguage(f.kind(), f.language());
        var link = Html.routerLink(FormatLabels.href(materialId, f), label);
        if (!f.isDocument() && !f.isAudio()) {
            return link;
        }
        var item = new Div(link);
        item.add(new Paragraph(getTranslation(
                "paper.formats.file", fileKind(f.mediaType()), Formats.fileSize(getLocale(), f.fileSize()))));
        return item;
    }

    private String fileKind(String mediaType) {
        return getTranslation("paper.fileKind." + mediaType.replaceAll("[^a-z]", ""));
    }

    private String kindLabel(FormatKind kind) {
        return getTranslation(kind == FormatKind.TRANSLATED ? "paper.format.kind.translated" : "format." + kind.name());
    }

    private String kindAndLanguage(FormatKind kind, String language) {
        if (kind == FormatKind.TRANSLATED) {
            return languageLabel(language);
        }
        String label = getTranslation("format." + kind.name());
        return "en".equals(language)
                ? label
                : getTranslation("paper.format.inLanguage", label, languageLabel(language));
    }

    /** A language by its own name and, where different, its name in the reader's language: "Polski (Polish)". */
    private String languageLabel(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String own = Languages.find(tag).map(Languages.Language::name).orElse(language.getDisplayLanguage(language));
        String reader = language.getDisplayLanguage(getLocale());
        return own.equalsIgnoreCase(reader) ? own : own + " (" + reader + ")";
    }

    private void addFormat() {
        var added = new NewPaperFormat(
                fields.get("kind").value(),
                fields.get("language").value(),
                fields.get("text").value(),
                fields.get("file").fileName(),
                fields.get("file").fileBytes());
        var outcome = materials.addFormat(viewer, materialId, added);
        if (outcome.material().isPresent()) {
            errors = false;
            summary.show(List.of(), List.of());
            show();
            String what = kindAndLanguage(FormatKind.valueOf(added.kind()), added.language());
            done.setText(getTranslation("paper.format.added", what, outcome.told()));
            done.setVisible(true);
            done.getElement().callJsFunction("focus");
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        errors = true;
        List<ErrorSummary.Error> found = new ArrayList<>();
        for (NewPaper.Problem p : outcome.problems()) {
            found.add(new ErrorSummary.Error(
                    fields.get(p.field()), getTranslation("paper.error." + p.code(), NewPaperView.maxFor(p.code()))));
        }
        done.setVisible(false);
        summary.show(found, List.copyOf(fields.values()));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (errors ? getTranslation("form.error.titlePrefix") + " " : "") + title + " – WithUs";
    }
}
