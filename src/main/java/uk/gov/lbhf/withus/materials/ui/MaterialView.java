package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FeedbackFormService;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;
import uk.gov.lbhf.withus.materials.MaterialContent;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * One material, read in the format the person chooses: standard, easy read, large print, audio (with transcript)
 * or a translation (marked with its language so screen readers switch voice).
 */
@Route("materials/:id/:format?")
@PermitAll
class MaterialView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MaterialService materials;
    private final PeopleService people;
    private final FeedbackFormService forms;
    private String title = "";

    MaterialView(MaterialService materials, PeopleService people, FeedbackFormService forms) {
        this.materials = materials;
        this.people = people;
        this.forms = forms;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var viewer = people.currentUser().orElseThrow();
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(MaterialView::parseLong);
        Long formatId = event.getRouteParameters()
                .get("format")
                .flatMap(MaterialView::parseLong)
                .orElse(null);
        Optional<MaterialContent> content = id.flatMap(i -> materials.open(i, formatId, viewer));
        if (formatId == null && content.isPresent()) {
            // no format asked for: the paper in the reader's own language first, where the group has published it
            Optional<FormatOption> own =
                    inReadersLanguage(content.get().material().formats());
            if (own.isPresent() && own.get().id() != content.get().format().id()) {
                content = materials.open(id.get(), own.get().id(), viewer).or(() -> Optional.empty());
            }
        }
        content.ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(MaterialContent content) {
        removeAll();
        var material = content.material();
        var format = content.format();
        title = material.title() + " (" + FormatLabels.label(this, format) + ")";

        var breadcrumbs = new Nav();
        breadcrumbs.addClassName("wu-breadcrumbs");
        breadcrumbs.getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
        breadcrumbs.add(new OrderedList(
                new ListItem(Html.routerLink("groups", getTranslation("groups.heading"))),
                new ListItem(Html.inEnglish(Html.routerLink(
                        "groups/" + content.group().slug(), content.group().name())))));
        add(breadcrumbs);

        add(Html.inEnglish(new H1(material.title())));
        var meta = new Paragraph(
                new Span(getTranslation("materialType." + material.type().name()) + " · "),
                new Html.Time(
                        material.publishedAt(),
                        getTranslation("materials.published", Dates.shortDay(material.publishedAt()))));
        meta.addClassName("wu-meta");
        add(meta);
        if (material.meetingId() != null) {
            var day = materials
                    .meetingsOf(material.groupId(), people.currentUser().orElseThrow())
                    .get(material.meetingId());
            if (day != null) {
                add(new Paragraph(new Html.Time(day, getTranslation("materials.forMeeting", Dates.day(day)))));
            }
        }
        add(Html.inEnglish(new Paragraph(material.summary())));
        add(formatChooser(content));
        if (materials.canPublish(material.groupId(), people.currentUser().orElseThrow())) {
            add(new Paragraph(
                    Html.routerLink("papers/" + material.id() + "/formats", getTranslation("paper.formats.manage"))));
        }
        askInReadersLanguage(content);
        askForMissingFormats(content);

        var body = Html.section("material-body", FormatLabels.label(this, format));
        body.addClassName("wu-material-body");
        if (format.kind() == FormatKind.LARGE_PRINT) {
            body.addClassName("wu-large-print");
        }
        Div text = new Div();
        if (!"en".equals(format.language())) {
            text.getElement().setAttribute("lang", format.language());
        }
        String src = "files/materials/" + material.id() + "/" + format.id();
        if (format.isAudio()) {
            body.add(audioPlayer(src, material.title()));
            var download = new Anchor(src, getTranslation("materials.audio.download"));
            download.getElement().setAttribute("download", true);
            body.add(new Paragraph(download));
            body.add(new com.vaadin.flow.component.html.H3(getTranslation("materials.audio.transcript")));
        } else if (format.isDocument()) {
            // a document is downloaded, never opened in the page (the server sends it as an attachment)
            var download = new Anchor(
                    src,
                    getTranslation(
                            "materials.document.download",
                            getTranslation(
                                    "paper.fileKind." + format.mediaType().replaceAll("[^a-z]", "")),
                            uk.gov.lbhf.withus.base.ui.Formats.fileSize(getLocale(), format.fileSize())));
            download.getElement().setAttribute("download", true);
            body.add(new Paragraph(download));
            if (!content.paragraphs().isEmpty()) {
                body.add(new com.vaadin.flow.component.html.H3(getTranslation("materials.document.text")));
            }
        }
        content.paragraphs().forEach(p -> text.add(new Paragraph(p)));
        body.add(text);
        add(body);
    }

    /** Where the paper is not in the reader's language (not English): "ask for this paper in العربية". */
    private void askInReadersLanguage(MaterialContent content) {
        String language = getLocale().getLanguage();
        if ("en".equals(language)
                || inReadersLanguage(content.material().formats()).isPresent()) {
            return;
        }
        forms.versionsOf("paper-request").stream().findFirst().ifPresent(form -> {
            var request = new PaperRequestElement();
            request.getElement()
                    .setAttribute(
                            "material-id", String.valueOf(content.material().id()));
            request.getElement().setAttribute("paper-title", content.material().title());
            request.getElement().setAttribute("format", "standard");
            request.getElement().setAttribute("language", language);
            request.getElement().setAttribute("form-version", String.valueOf(form.version()));
            add(request);
        });
    }

    /** "Ask for this paper in easy read" (large print, audio): one request button for each of those it is not in. */
    private void askForMissingFormats(MaterialContent content) {
        var missing = java.util.stream.Stream.of(FormatKind.EASY_READ, FormatKind.LARGE_PRINT, FormatKind.AUDIO)
                .filter(kind -> content.material().formats().stream().noneMatch(f -> f.kind() == kind))
                .toList();
        var form = forms.versionsOf("paper-request").stream().findFirst();
        if (missing.isEmpty() || form.isEmpty()) {
            return;
        }
        var section = Html.section("ask-for-format", getTranslation("paperRequest.other.heading"));
        for (FormatKind kind : missing) {
            var request = new PaperRequestElement();
            if (kind != missing.getLast()) {
                request.getElement().setAttribute("no-hint", true); // the hint once, under the last
            }
            request.getElement()
                    .setAttribute(
                            "material-id", String.valueOf(content.material().id()));
            request.getElement().setAttribute("paper-title", content.material().title());
            request.getElement().setAttribute("format", kind.slug());
            request.getElement().setAttribute("language", "en");
            request.getElement()
                    .setAttribute("form-version", String.valueOf(form.get().version()));
            section.add(request);
        }
        add(section);
    }

    /** The client-side request button (frontend/offline/materials/withus-paper-request.ts): it writes to the outbox. */
    @com.vaadin.flow.component.Tag("withus-paper-request")
    @com.vaadin.flow.component.dependency.JsModule("./offline/materials/withus-paper-request.ts")
    static final class PaperRequestElement extends com.vaadin.flow.component.Component {}

    private Div audioPlayer(String src, String materialTitle) {
        var wrapper = new Div();
        var audio = new com.vaadin.flow.dom.Element("audio");
        audio.setAttribute("controls", true);
        audio.setAttribute("preload", "metadata");
        audio.setAttribute("src", src);
        audio.setAttribute("aria-label", getTranslation("materials.audio.label", materialTitle));
        audio.setText(getTranslation("materials.audio.unsupported"));
        wrapper.getElement().appendChild(audio);
        return wrapper;
    }

    private Nav formatChooser(MaterialContent content) {
        var nav = new Nav();
        nav.addClassName("wu-format-chooser");
        nav.getElement().setAttribute("aria-labelledby", "format-chooser-heading");
        var heading = new H2(getTranslation("materials.chooseFormat"));
        heading.setId("format-chooser-heading");
        var list = new UnorderedList();
        list.addClassName("wu-format-links");
        // the formats in the reader's own language first (a paper translated into it), then the others as published
        var formats = new java.util.ArrayList<>(content.material().formats());
        formats.sort(java.util.Comparator.comparing(o -> !isReadersLanguage(o)));
        for (FormatOption option : formats) {
            var link = Html.routerLink(
                    FormatLabels.href(content.material().id(), option), FormatLabels.label(this, option));
            if (option.id() == content.format().id()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        nav.add(heading, list);
        return nav;
    }

    private boolean isReadersLanguage(FormatOption option) {
        return option.kind() == FormatKind.TRANSLATED
                && !getLocale().getLanguage().equals("en")
                && java.util.Locale.forLanguageTag(option.language())
                        .getLanguage()
                        .equals(getLocale().getLanguage());
    }

    private Optional<FormatOption> inReadersLanguage(java.util.List<FormatOption> formats) {
        return formats.stream().filter(this::isReadersLanguage).findFirst();
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }
}
