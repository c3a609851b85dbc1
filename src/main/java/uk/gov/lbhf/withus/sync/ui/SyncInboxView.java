package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.DeviceService;
import uk.gov.lbhf.withus.sync.DeviceSummary;
import uk.gov.lbhf.withus.sync.SyncInboxService;

/**
 * For officers: what arrived through sync, what needs a decision (a submission that arrived twice with different
 * answers, items the server could not accept – kept with their reason), and the devices allowed to sync, each of
 * which can be revoked.
 */
@Route("sync")
@Menu(order = 3, title = "nav.sync", icon = "forms")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM"})
class SyncInboxView extends Div implements HasDynamicTitle {

    private final SyncInboxService inbox;
    private final DeviceService devices;
    private final PeopleService people;
    private final CurrentUser user;

    SyncInboxView(SyncInboxService inbox, DeviceService devices, PeopleService people) {
        this.inbox = inbox;
        this.devices = devices;
        this.people = people;
        this.user = people.currentUser().orElseThrow();
        addClassName("wu-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("sync.heading")), new Paragraph(getTranslation("sync.intro")));
        var problems = inbox.problems(user);
        var received = inbox.received(user, 50);
        var deviceList = devices.all(user);
        Set<Long> ids = new HashSet<>();
        problems.forEach(p -> ids.add(p.personId()));
        received.forEach(r -> ids.add(r.personId()));
        deviceList.forEach(d -> ids.add(d.personId()));
        Map<Long, String> names = people.displayNames(ids);

        var problemSection = section("sync.problems.heading");
        if (problems.isEmpty()) {
            problemSection.add(new Paragraph(getTranslation("sync.problems.none")));
        }
        var problemList = cards();
        for (var p : problems) {
            var item = card(p.reference() + " – " + getTranslation("sync.code." + p.code()));
            item.add(new Paragraph(p.reason()));
            item.add(meta(getTranslation("sync.receivedFrom", Dates.shortDay(p.receivedAt()),
                    names.getOrDefault(p.personId(), "?"))));
            var content = new Pre(p.contentJson());
            content.addClassName("wu-pre");
            item.add(content);
            if (p.quarantineId() != null) {
                var resolve = new NativeButton(getTranslation("sync.problems.resolve", p.reference()), e -> {
                    inbox.resolveQuarantined(p.quarantineId(), user);
                    render();
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
            item.add(meta(getTranslation("sync.receivedFrom", Dates.shortDay(r.receivedAt()),
                    names.getOrDefault(r.personId(), "?")) + " · " + getTranslation("sync.mode." + r.mode())
                    + (r.attachments() > 0 ? " · " + getTranslation("sync.attachments", r.attachments()) : "")));
            var answers = new Pre(r.answersJson());
            answers.addClassName("wu-pre");
            item.add(answers);
            receivedList.add(item);
        }
        receivedSection.add(receivedList);

        var deviceSection = section("sync.devices.heading");
        deviceSection.add(new Paragraph(getTranslation("sync.devices.intro")));
        var deviceItems = cards();
        for (DeviceSummary d : deviceList) {
            var item = card(d.label() + " – " + names.getOrDefault(d.personId(), "?"));
            item.add(meta(d.revoked() ? getTranslation("sync.devices.revokedOn", Dates.shortDay(d.revokedAt()))
                    : getTranslation("sync.devices.lastSeen", d.lastSeenAt() == null ? getTranslation("sync.never")
                            : Dates.shortDay(d.lastSeenAt()))));
            if (!d.revoked()) {
                var revoke = new NativeButton(getTranslation("sync.devices.revoke",
                        d.label() + " – " + names.getOrDefault(d.personId(), "?")), e -> {
                            devices.revoke(d.id(), user);
                            render();
                        });
                revoke.addClassName("wu-button-secondary");
                item.add(revoke);
            }
            deviceItems.add(item);
        }
        deviceSection.add(deviceItems);
        add(problemSection, receivedSection, deviceSection);
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

    @Override
    public String getPageTitle() {
        return getTranslation("sync.title") + " – WithUs";
    }
}
