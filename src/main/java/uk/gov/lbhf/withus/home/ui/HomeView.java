package uk.gov.lbhf.withus.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.groups.MeetingSummary;
import uk.gov.lbhf.withus.groups.ui.MeetingCard;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.MaterialSummary;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/** Home: my groups, my next meetings, and what is new in my groups. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "home")
@PermitAll
class HomeView extends Div implements HasDynamicTitle {

    HomeView(PeopleService people, GroupService groups, MaterialService materials) {
        addClassName("wu-page");
        CurrentUser viewer = people.currentUser().orElseThrow();
        add(new H1(getTranslation("home.heading", viewer.displayName())));
        add(new Paragraph(getTranslation("home.intro")));

        List<GroupSummary> mine = groups.groupsOf(viewer);
        var myGroups = section("home.myGroups");
        if (mine.isEmpty()) {
            myGroups.add(new Paragraph(getTranslation("home.myGroups.none")));
        } else {
            var list = new UnorderedList();
            mine.forEach(g -> list.add(new ListItem(Html.inEnglish(Html.routerLink("groups/" + g.slug(), g.name())))));
            myGroups.add(list);
        }
        myGroups.add(new Paragraph(Html.routerLink("groups", getTranslation("home.allGroups"))));
        add(myGroups);

        List<MeetingSummary> meetings = groups.nextMeetingsFor(viewer, 3);
        var next = section("home.nextMeetings");
        if (meetings.isEmpty()) {
            next.add(new Paragraph(getTranslation("home.nextMeetings.none")));
        }
        meetings.forEach(m -> next.add(new MeetingCard(m, true, false)));
        add(next);

        readyForYou(viewer, materials);

        Map<Long, GroupSummary> byId = mine.stream().collect(Collectors.toMap(GroupSummary::id, Function.identity()));
        List<MaterialSummary> recent = materials.recentInGroupsOf(viewer, 5);
        var news = section("home.whatsNew");
        if (recent.isEmpty()) {
            news.add(new Paragraph(getTranslation("home.whatsNew.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("wu-card-list");
            for (MaterialSummary m : recent) {
                var item = new ListItem();
                item.addClassName("wu-card");
                item.add(Html.inEnglish(new H3(Html.routerLink("materials/" + m.id(), m.title()))));
                GroupSummary group = byId.get(m.groupId());
                var meta = new Paragraph(
                        new Span(getTranslation("materialType." + m.type().name()) + " · "
                                + (group == null ? "" : group.name() + " · ")),
                        new Html.Time(m.publishedAt(), Dates.shortDay(m.publishedAt())));
                meta.addClassName("wu-meta");
                item.add(meta);
                list.add(item);
            }
            news.add(list);
        }
        add(news);
        add(new Paragraph(Html.routerLink("my-data", getTranslation("home.myData"))));
        if (viewer.isStaff()) {
            add(new Paragraph(Html.routerLink("erasure-requests", getTranslation("home.erasureRequests"))));
            add(new Paragraph(
                    Html.routerLink("accounts/set-up-with-resident", getTranslation("home.setUpWithResident"))));
        }
        if (viewer.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)) {
            add(new Paragraph(Html.routerLink("accounts", getTranslation("home.accounts"))));
        }
        if (viewer.isStaff() || viewer.has(uk.gov.lbhf.withus.people.Role.COUNCILLOR)) {
            add(new Paragraph(Html.routerLink("paper-requests", getTranslation("home.paperRequests"))));
            add(new Paragraph(Html.routerLink("results", getTranslation("home.results"))));
        }
    }

    /**
     * "Ready for you": papers the person asked for in another format or language, once that format was added (for 60
     * days), so they are told here as well as on their phone at its next pull.
     */
    private void readyForYou(CurrentUser viewer, MaterialService materials) {
        var since = java.time.OffsetDateTime.now().minusDays(60);
        var ready = materials.myRequests(viewer).stream()
                .filter(r -> r.readyAt().filter(at -> at.isAfter(since)).isPresent())
                .toList();
        if (ready.isEmpty()) {
            return;
        }
        var section = section("home.readyForYou");
        var list = new UnorderedList();
        for (var r : ready) {
            String format = r.kind() == uk.gov.lbhf.withus.materials.FormatKind.TRANSLATED
                    ? java.util.Locale.forLanguageTag(r.language()).getDisplayLanguage(getLocale())
                    : getTranslation("format." + r.kind().name());
            var link = Html.routerLink("materials/" + r.materialId(), r.title());
            Html.inEnglish(link);
            list.add(new ListItem(
                    new Span(getTranslation("home.readyForYou.item", format) + " "),
                    link,
                    new Span(" "),
                    new Html.Time(r.readyAt().get(), Dates.shortDay(r.readyAt().get()))));
        }
        section.add(list);
        add(section);
    }

    private Section section(String headingKey) {
        return Html.section(headingKey.replace('.', '-'), getTranslation(headingKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – WithUs";
    }
}
