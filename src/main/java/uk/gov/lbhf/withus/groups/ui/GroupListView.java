package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.groups.Visibility;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/** Every group the person may see: their own first, then the others open to all residents. */
@Route("groups")
@Menu(order = 1, title = "nav.groups", icon = "groups")
@PermitAll
class GroupListView extends Div implements HasDynamicTitle {

    GroupListView(GroupService groups, PeopleService people) {
        addClassName("wu-page");
        CurrentUser viewer = people.currentUser().orElseThrow();
        add(new H1(getTranslation("groups.heading")));
        add(new Paragraph(getTranslation("groups.intro")));
        if (viewer.has(uk.gov.lbhf.withus.people.Role.COPRODUCTION_TEAM)) {
            add(new Paragraph(Html.routerLink("groups/new", getTranslation("newGroup.heading"))));
        }

        List<GroupSummary> mine = groups.groupsOf(viewer);
        List<Long> mineIds = mine.stream().map(GroupSummary::id).toList();
        List<GroupSummary> others = groups.visibleGroups(viewer).stream()
                .filter(g -> !mineIds.contains(g.id()))
                .toList();

        closed = groups.closedGroups();
        add(new H2(getTranslation("groups.mine")));
        add(mine.isEmpty() ? new Paragraph(getTranslation("groups.mine.none")) : list(mine));
        add(new H2(getTranslation("groups.others")));
        add(others.isEmpty() ? new Paragraph(getTranslation("groups.others.none")) : list(others));
    }

    private java.util.Set<Long> closed = java.util.Set.of();

    private UnorderedList list(List<GroupSummary> groups) {
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (GroupSummary group : groups) {
            var item = new ListItem();
            item.addClassName("wu-card");
            var title = Html.inEnglish(
                    new com.vaadin.flow.component.html.H3(Html.routerLink("groups/" + group.slug(), group.name())));
            item.add(title, Html.inEnglish(new Paragraph(group.purpose())));
            if (group.visibility() == Visibility.MEMBERS) {
                var tag = new Span(getTranslation("groups.membersOnly"));
                tag.addClassName("wu-tag");
                item.add(new Paragraph(tag));
            }
            if (closed.contains(group.id())) {
                var tag = new Span(getTranslation("groups.closed"));
                tag.addClassName("wu-tag");
                item.add(new Paragraph(tag));
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " – WithUs";
    }
}
