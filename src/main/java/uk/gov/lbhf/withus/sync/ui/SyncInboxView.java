package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.devices.DeviceSummary;
import uk.gov.lbhf.withus.sync.inbox.SyncInboxService;
import uk.gov.lbhf.withus.sync.push.ConflictDecision;

/**
 * For officers: what arrived through sync, what needs a decision (a submission that arrived twice with different
 * answers – the officer chooses which copy counts, and can undo it; items the server could not accept – kept with
 * their reason), and the devices allowed to sync, each of which can be revoked. Nothing here deletes anything.
 */
@Route("sync")
@Menu(order = 3, title = "nav.sync", icon = "forms")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
class SyncInboxView extends Div implements HasDynamicTitle {

    private final SyncInboxService inbox;
    private final DeviceService devices;
    private final PeopleService people;
    private final CurrentUser user;
    private final uk.gov.lbhf.withus.feedback.FeedbackFormService forms;

    SyncInboxView(
            SyncInboxService inbox,
            DeviceService devices,
            PeopleService people,
            uk.gov.lbhf.withus.feedback.FeedbackFormService forms) {
        this.forms = forms;
        this.inbox = inbox;
        this.devices = devices;
        this.people = people;
        this.user = people.currentUser().orElseThrow();
        addClassName("wu-page");
        render();
    }

    private void render() {
        render(null);
    }

    /**
     * Draws the page again; {@code done} says what an action just did. The button pressed is gone then, so the
     * message takes focus (and is announced) rather than leaving focus nowhere.
     */
    private void render(String done) {
        removeAll();
        add(new H1(getTranslation("sync.heading")), new Paragraph(getTranslation("sync.intro")));
        if (done != null) {
            var status = new Paragraph(done);
            status.addClassName("wu-panel");
            status.getElement().setAttribute("role", "status");
            status.getElement().setAttribute("tabindex", "-1");
            add(status);
            status.getElement().executeJs("this.focus()");
        }
        var problems = inbox.problems(user);
        var received = inbox.received(user, 50);
        var deviceList = devices.all(user);
        Set<Long> ids = new HashSet<>();
        problems.forEach(p -> {
            ids.add(p.item().personId());
            if (p.first() != null) {
                ids.add(p.first().personId());
            }
        });
        received.forEach(r -> {
            ids.add(r.personId());
            if (r.decided() != null) {
                ids.add(r.decided().byPersonId());
            }
        });
        deviceList.forEach(d -> ids.add(d.personId()));
        ids.remove(null); // an erased sender
        Map<Long, String> names = new HashMap<>(people.displayNames(ids));
        names.put(null, getTranslation("sync.erasedSender"));

        var problemSection = section("sync.problems.heading");
        if (problems.isEmpty()) {
            problemSection.add(new Paragraph(getTranslation("sync.problems.none")));
        }
        var problemList = cards();
        for (var p : problems) {
            var item = card(p.reference() + " – " + getTranslation("sync.code." + p.code()));
            item.add(Html.inEnglish(
                    new Paragraph(p.reason()))); // the server's details, in English; the title words the code
            if (p.conflictId() != null) {
                addConflict(item, p, names);
            } else {
                item.add(meta(getTranslation(
                        "sync.receivedFrom",
                        Dates.shortDay(p.item().receivedAt()),
                        names.getOrDefault(p.item().personId(), "?"))));
                item.add(pre(p.item().json()));
                var resolve = new NativeButton(getTranslation("sync.problems.resolve", p.reference()), e -> {
                    inbox.resolveQuarantined(p.quarantineId(), user);
                    render(getTranslation("sync.status.resolved", p.reference()));
                });
                resolve.addClassName("wu-button-secondary");
                item.add(resolve);
            }
            problemList.add(item);
        }
        problemSection.add(problemList);

        var receivedSection = section("sync.received.heading");
        if (received.isEmpty()) {
            receivedSection.add(new Paragraph(getTranslation("sync.received.none")));
        }
        var receivedList = cards();
        for (var r : received) {
            var item = card(r.reference() + " – " + r.formKey() + " v" + r.formVersion());
            item.add(meta(getTranslation(
                            "sync.receivedFrom", Dates.shortDay(r.receivedAt()), names.getOrDefault(r.personId(), "?"))
                    + " · " + getTranslation("sync.mode." + r.mode())
                    + (r.files().isEmpty()
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "sync.attachments", r.files().size()))));
            item.add(readable(r.formKey(), r.formVersion(), r.answersJson()));
            r.files().forEach(file -> item.add(fileOf(r.reference(), file)));
            if (r.decided() != null) {
                var decided = r.decided();
                item.add(meta(getTranslation(
                        decided.decision() == ConflictDecision.USE_LATER
                                ? "sync.conflict.decidedLater"
                                : "sync.conflict.decidedFirst",
                        names.getOrDefault(decided.byPersonId(), "?"),
                        Dates.shortDay(decided.at()))));
                var undo = new NativeButton(getTranslation("sync.conflict.undo", r.reference()), e -> {
                    inbox.undoConflictDecision(decided.conflictId(), user);
                    render(getTranslation("sync.status.undone", r.reference()));
                });
                undo.addClassName("wu-button-secondary");
                item.add(undo);
            }
            receivedList.add(item);
        }
        receivedSection.add(receivedList);

        var deviceSection = section("sync.devices.heading");
        deviceSection.add(new Paragraph(getTranslation("sync.devices.intro")));
        var deviceItems = cards();
        for (DeviceSummary d : deviceList) {
            var item = card(d.label() + " – " + names.getOrDefault(d.personId(), "?"));
            item.add(meta(
                    d.revoked()
                            ? getTranslation("sync.devices.revokedOn", Dates.shortDay(d.revokedAt()))
                            : getTranslation(
                                    "sync.devices.lastSeen",
                                    d.lastSeenAt() == null
                                            ? getTranslation("sync.never")
                                            : Dates.shortDay(d.lastSeenAt()))));
            if (!d.revoked()) {
                var revoke = new NativeButton(
                        getTranslation(
                                "sync.devices.revoke", d.label() + " – " + names.getOrDefault(d.personId(), "?")),
                        e -> {
                            devices.revoke(d.id(), user);
                            render(getTranslation(
                                    "sync.status.revoked", d.label() + " – " + names.getOrDefault(d.personId(), "?")));
                        });
                revoke.addClassName("wu-button-secondary");
                item.add(revoke);
            }
            deviceItems.add(item);
        }
        deviceSection.add(deviceItems);
        add(problemSection, receivedSection, deviceSection);
    }

    /** Both copies, one after the other, and the choice of which counts (the later only if it is valid). */
    private void addConflict(ListItem item, SyncInboxService.Problem p, Map<Long, String> names) {
        item.add(new H4(getTranslation("sync.conflict.first")));
        item.add(meta(getTranslation(
                "sync.receivedFrom",
                Dates.shortDay(p.first().receivedAt()),
                names.getOrDefault(p.first().personId(), "?"))));
        item.add(pre(p.first().json()));
        item.add(new H4(getTranslation("sync.conflict.later")));
        item.add(meta(getTranslation(
                "sync.receivedFrom",
                Dates.shortDay(p.item().receivedAt()),
                names.getOrDefault(p.item().personId(), "?"))));
        item.add(pre(p.item().json()));
        var keepFirst = new NativeButton(
                getTranslation("sync.conflict.keepFirst", p.reference()), e -> decide(p, ConflictDecision.KEEP_FIRST));
        keepFirst.addClassName("wu-button-secondary");
        if (p.laterCopyProblems().isEmpty()) {
            var useLater = new NativeButton(
                    getTranslation("sync.conflict.useLater", p.reference()),
                    e -> decide(p, ConflictDecision.USE_LATER));
            useLater.addClassName("wu-button-secondary");
            item.add(actions(keepFirst, useLater));
        } else {
            item.add(new Paragraph(
                    getTranslation("sync.conflict.laterNotValid", String.join("; ", p.laterCopyProblems()))));
            item.add(actions(keepFirst));
        }
    }

    private void decide(SyncInboxService.Problem p, ConflictDecision decision) {
        String done;
        try {
            done = switch (inbox.decideConflict(p.conflictId(), decision, user)) {
                case DECIDED ->
                    getTranslation(
                            decision == ConflictDecision.USE_LATER ? "sync.status.usedLater" : "sync.status.keptFirst",
                            p.reference());
                case ALREADY_DECIDED -> getTranslation("sync.status.alreadyDecided", p.reference());
                case LATER_COPY_NOT_VALID -> getTranslation("sync.status.laterNotValid", p.reference());
                case NOT_FOUND -> getTranslation("sync.status.notFound", p.reference());
            };
        } catch (OptimisticLockingFailureException sameMoment) {
            done = getTranslation("sync.status.alreadyDecided", p.reference());
        }
        render(done);
    }

    private static Div actions(NativeButton... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("wu-actions");
        return actions;
    }

    /**
     * The answers as the officer reads them: each question and answer in the officer's language (a choice is stored
     * by its value, whatever language the resident answered in), each marked with its own language where it is not
     * the page's; the stored JSON where the form version is not known.
     */
    private com.vaadin.flow.component.Component readable(String formKey, int version, String answersJson) {
        var form = forms.find(formKey, version);
        if (form.isEmpty()) {
            return pre(answersJson);
        }
        tools.jackson.databind.JsonNode answers =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(answersJson);
        var list = new com.vaadin.flow.component.html.DescriptionList();
        list.addClassName("wu-answers");
        list.getElement().setAttribute("aria-label", getTranslation("sync.answers.label"));
        String page = getLocale().getLanguage();
        for (var a : uk.gov.lbhf.withus.feedback.FormQuestions.readable(
                form.get().definition(),
                answers,
                getLocale(),
                v -> getTranslation(v.equals("yes") ? "form.consent.yes" : "form.consent.no"))) {
            var term = new com.vaadin.flow.component.html.DescriptionList.Term(a.question());
            if (!a.questionLanguage().equals(page)) {
                term.getElement().setAttribute("lang", a.questionLanguage());
            }
            var description = new com.vaadin.flow.component.html.DescriptionList.Description(a.answer());
            if (a.answerLanguage() != null && !a.answerLanguage().equals(page)) {
                description.getElement().setAttribute("lang", a.answerLanguage());
            }
            list.add(term, description);
        }
        if (list.getChildren().findAny().isEmpty()) {
            return new Paragraph(getTranslation("sync.answers.none"));
        }
        return list;
    }

    private static Pre pre(String json) {
        var pre = new Pre(json);
        pre.addClassName("wu-pre");
        return pre;
    }

    private Section section(String headingKey) {
        var section = new Section();
        var heading = new H2(getTranslation(headingKey));
        heading.setId(headingKey.replace('.', '-'));
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        return section;
    }

    private static UnorderedList cards() {
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        return list;
    }

    private static ListItem card(String title) {
        var item = new ListItem(new H3(title));
        item.addClassName("wu-card");
        return item;
    }

    private static Paragraph meta(String text) {
        var p = new Paragraph(text);
        p.addClassName("wu-meta");
        return p;
    }

    /** A photo shown with its description, or a recording with a player; a link to open it either way. */
    private com.vaadin.flow.component.Component fileOf(String reference, SyncInboxService.ReceivedFile file) {
        var figure = new Div();
        figure.addClassName("wu-received-file");
        String what = getTranslation(
                file.isPhoto() ? "sync.file.photo" : "sync.file.recording", file.questionId(), reference);
        if (!file.arrived()) {
            figure.add(new Paragraph(what + " – " + getTranslation("sync.file.notYet")));
            return figure;
        }
        if (file.isPhoto()) {
            var image = new com.vaadin.flow.component.html.Image(file.href(), what);
            image.addClassName("wu-received-photo");
            figure.add(image);
        } else {
            var audio = new com.vaadin.flow.dom.Element("audio");
            audio.setAttribute("controls", true);
            audio.setAttribute("preload", "none");
            audio.setAttribute("src", file.href());
            audio.setAttribute("aria-label", what);
            figure.getElement().appendChild(audio);
        }
        var open = new com.vaadin.flow.component.html.Anchor(file.href(), getTranslation("sync.file.open", what));
        open.getElement().setAttribute("router-ignore", true);
        figure.add(new Paragraph(open));
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sync.title") + " – WithUs";
    }
}
