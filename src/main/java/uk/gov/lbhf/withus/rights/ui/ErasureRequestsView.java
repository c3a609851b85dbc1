package uk.gov.lbhf.withus.rights.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.rights.ErasureService;
import uk.gov.lbhf.withus.rights.ErasureService.Channel;
import uk.gov.lbhf.withus.rights.ErasureService.ErasureRefused;

/**
 * Erasure requests that reached the council another way (email, letter, phone, in person): staff find the account,
 * see what erasure will do (the same lines the resident would see), record how and when the request came, and
 * confirm. Below, the audit record of every erasure: who did it, when, what was done; account numbers, no names.
 */
@Route("erasure-requests")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
class ErasureRequestsView extends Div implements HasDynamicTitle {

    private final ErasureService erasure;
    private final CurrentUser officer;
    private final ErrorSummary summary = new ErrorSummary("erasure-errors");
    private final Fields.Field username;
    private final Div found = new Div();
    private final Div done = new Div();
    private final Section record;
    private boolean error;

    ErasureRequestsView(ErasureService erasure, PeopleService people) {
        this.erasure = erasure;
        this.officer = people.currentUser().orElseThrow();
        addClassName("wu-page");
        add(new H1(getTranslation("erasureRequests.heading")), summary);
        add(new Paragraph(getTranslation("erasureRequests.intro")));
        add(done);

        username = Fields.input(
                "erasure-username",
                "text",
                getTranslation("erasureRequests.username"),
                getTranslation("erasureRequests.username.hint"),
                64);
        username.getElement()
                .getChildren()
                .filter(c -> "input".equals(c.getTag()))
                .findFirst()
                .ifPresent(input -> input.setAttribute("autocomplete", "off"));
        var find = new NativeButton(getTranslation("erasureRequests.find"), e -> find());
        find.addClassName("wu-button-secondary");
        add(username, find, found);

        record = Html.section("erasure-record", getTranslation("erasureRequests.record.heading"));
        add(record);
        showRecord();
    }

    private void find() {
        found.removeAll();
        done.removeAll();
        String name = username.value();
        if (name.isBlank()) {
            fail(username, "erasureRequests.error.usernameMissing");
            return;
        }
        ErasureService.Preview preview;
        try {
            preview = erasure.previewFor(name, officer);
        } catch (ErasureRefused refused) {
            fail(username, refusalKey(refused));
            return;
        }
        clearErrors();
        var heading = new H2(getTranslation("erasureRequests.found.heading"));
        heading.setId("erasure-found");
        found.add(heading);
        if (!preview.allowed()) {
            found.add(new Paragraph(getTranslation("erasureRequests.councilRole")));
            return;
        }
        found.add(new H3(getTranslation("erasureRequests.deleted")));
        found.add(new Paragraph(getTranslation("erasureRequests.deleted.account")));
        found.add(ErasureLines.of(preview.deleted(), "erasure.staff", this::getTranslation));
        found.add(new H3(getTranslation("erasureRequests.kept")));
        found.add(ErasureLines.of(preview.kept(), "erasure.staff", this::getTranslation));

        var channel = Fields.radios(
                "erasure-channel",
                getTranslation("erasureRequests.channel"),
                null,
                ErasureService.staffChannels().stream()
                        .map(c -> new Fields.Option(c.name(), getTranslation("erasureRequests.channel." + c.name())))
                        .toList());
        var requestedOn = Fields.date(
                "erasure-date", getTranslation("erasureRequests.date"), getTranslation("erasureRequests.date.hint"));
        var checked = Fields.checkbox("erasure-checked", getTranslation("erasureRequests.checked"));
        var erase = new NativeButton(getTranslation("erasureRequests.erase"));
        erase.addClassName("wu-button");
        erase.addClickListener(e -> erase(name, channel, requestedOn, checked));
        found.add(channel, requestedOn, checked, erase);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
    }

    private void erase(String name, Fields.Field channel, Fields.Field requestedOn, Fields.Field checked) {
        List<ErrorSummary.Error> errors = new ArrayList<>();
        Channel how = null;
        try {
            how = channel.value().isBlank() ? null : Channel.valueOf(channel.value());
        } catch (IllegalArgumentException e) {
            how = null;
        }
        if (how == null || how == Channel.APP) {
            errors.add(new ErrorSummary.Error(channel, getTranslation("erasureRequests.error.channel")));
        }
        LocalDate on = null;
        try {
            String[] ymd = requestedOn.value().split("-", -1);
            on = LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
        } catch (RuntimeException e) { // empty, not a number, or not a day of the calendar (31 February)
            on = null;
        }
        if (on == null) {
            errors.add(new ErrorSummary.Error(requestedOn, getTranslation("erasureRequests.error.date")));
        } else if (on.isAfter(LocalDate.now(java.time.ZoneId.of("Europe/London")))) {
            errors.add(new ErrorSummary.Error(requestedOn, getTranslation("erasureRequests.error.dateFuture")));
        }
        if (!checked.checked()) {
            errors.add(new ErrorSummary.Error(checked, getTranslation("erasureRequests.error.checked")));
        }
        if (!errors.isEmpty()) {
            error = true;
            summary.show(errors, List.of(channel, requestedOn, checked, username));
            UI.getCurrent().getPage().setTitle(getPageTitle());
            return;
        }
        ErasureService.Done result;
        try {
            result = erasure.eraseOnRequest(name, how, on, officer);
        } catch (ErasureRefused refused) {
            fail(
                    refused.refusal() == ErasureService.Refusal.DATE_IN_FUTURE ? requestedOn : username,
                    refusalKey(refused));
            return;
        }
        clearErrors();
        found.removeAll();
        username.getElement()
                .getChildren()
                .filter(c -> "input".equals(c.getTag()))
                .findFirst()
                .ifPresent(input -> input.setProperty("value", ""));
        var panel = new Div();
        panel.addClassName("wu-panel");
        panel.getElement().setAttribute("role", "status");
        panel.getElement().setAttribute("tabindex", "-1");
        panel.add(new Paragraph(getTranslation("erasureRequests.done", result.erasedAccountNumber())));
        done.add(panel);
        panel.getElement().executeJs("this.focus()");
        showRecord();
    }

    private void showRecord() {
        record.getChildren().skip(1).toList().forEach(record::remove);
        var records = erasure.records();
        if (records.isEmpty()) {
            record.add(new Paragraph(getTranslation("erasureRequests.record.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (var r : records) {
            var card = new ListItem();
            card.addClassName("wu-card");
            card.add(new H3(getTranslation(
                    "erasureRequests.record.item", r.erasedAccountNumber(), Dates.shortDay(r.actionedAt()))));
            card.add(new Paragraph(
                    r.bySelf()
                            ? getTranslation("erasureRequests.record.bySelf")
                            : getTranslation(
                                    "erasureRequests.record.byStaff",
                                    r.actionedBy(),
                                    getTranslation("erasureRequests.channel."
                                                    + r.channel().name())
                                            .toLowerCase(Locale.ROOT),
                                    Dates.shortDay(r.requestedOn()))));
            card.add(ErasureLines.of(r.lines(), "erasure.staff", this::getTranslation));
            list.add(card);
        }
        record.add(list);
    }

    private static String refusalKey(ErasureRefused refused) {
        return "erasureRequests.error."
                + switch (refused.refusal()) {
                    case NO_SUCH_ACCOUNT -> "noAccount";
                    case OWN_ACCOUNT -> "ownAccount";
                    case COUNCIL_ROLE -> "councilRole";
                    case DATE_IN_FUTURE -> "dateFuture";
                    case DATE_MISSING -> "date";
                };
    }

    private void fail(Fields.Field field, String key) {
        error = true;
        summary.show(List.of(new ErrorSummary.Error(field, getTranslation(key))), List.of(field));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void clearErrors() {
        error = false;
        summary.show(List.of(), List.of(username));
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (error ? getTranslation("form.error.titlePrefix") + " " : "") + getTranslation("erasureRequests.title")
                + " – WithUs";
    }
}
