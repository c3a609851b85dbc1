package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingAnswers;
import uk.gov.lbhf.withus.groups.MeetingReplySummary;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Who is coming to a meeting and what they need to take part, for its organisers (staff and the group's co-chairs:
 * {@link GroupService#repliesTo} refuses anyone else, who gets "not found"). Each person's reply that counts is their
 * latest; a person who changed their reply says how many are on record.
 */
@Route("meetings/:id/replies")
@PermitAll // organisers only: the service decides, per meeting (a co-chair is a resident, not a staff role)
class MeetingRepliesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> NEEDS = List.of(
            "interpreter",
            "bsl",
            "captions",
            "easy-read",
            "large-print",
            "travel-costs",
            "support-worker",
            "quiet-room");

    private final GroupService groups;
    private final PeopleService people;
    private String title = "";

    MeetingRepliesView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var viewer = people.currentUser().orElseThrow();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        groups.repliesTo(id, viewer).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(MeetingAnswers answers) {
        removeAll();
        var meeting = answers.meeting();
        title = getTranslation("meetingReplies.title", Dates.day(meeting.startsAt()));
        add(new Paragraph(Html.inEnglish(Html.routerLink("groups/" + meeting.groupSlug(), meeting.groupName()))));
        add(new H1(getTranslation("meetingReplies.heading")));
        add(new Paragraph(new Html.Time(meeting.startsAt(), Dates.span(meeting.startsAt(), meeting.endsAt()))));
        add(new Paragraph(getTranslation("meetingReplies.intro")));

        var counts = new UnorderedList(
                new ListItem(getTranslation("meetingReplies.coming", answers.attending("yes"))),
                new ListItem(getTranslation("meetingReplies.online", answers.attending("online"))),
                new ListItem(getTranslation("meetingReplies.notComing", answers.attending("no"))));
        add(counts);

        var needs = Html.section("meeting-needs", getTranslation("meetingReplies.needsHeading"));
        var needList = new UnorderedList();
        for (String need : NEEDS) {
            long n = answers.needing(need);
            if (n > 0) {
                needList.add(new ListItem(
                        getTranslation("meetingReplies.needCount", getTranslation("meetingReply.need." + need), n)));
            }
        }
        needs.add(
                needList.getChildren().findAny().isPresent()
                        ? needList
                        : new Paragraph(getTranslation("meetingReplies.noNeeds")));
        add(needs);

        var people = Html.section("meeting-people", getTranslation("meetingReplies.peopleHeading"));
        if (answers.replies().isEmpty()) {
            people.add(new Paragraph(getTranslation("meetingReplies.none")));
        }
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        for (MeetingReplySummary r : answers.replies()) {
            var card = new ListItem();
            card.addClassName("wu-card");
            card.add(new H3(r.name()));
            var facts = new DescriptionList();
            facts.addClassName("wu-summary-list");
            fact(facts, "meetingReply.attending.legend", getTranslation("meetingReply.attending." + r.attending()));
            List<String> asked = new ArrayList<>();
            r.needs().forEach(n -> asked.add(getTranslation("meetingReply.need." + n)));
            if (!asked.isEmpty()) {
                fact(facts, "meetingReplies.needsHeading", String.join(", ", asked));
            }
            if (r.otherNeeds() != null) {
                fact(facts, "meetingReplies.other", r.otherNeeds());
            }
            card.add(facts);
            var meta = new Paragraph(getTranslation("meetingReplies.repliedOn", Dates.shortDay(r.repliedAt())));
            meta.addClassName("wu-meta");
            card.add(meta);
            int sent = answers.sent().getOrDefault(r.personId(), 1);
            if (sent > 1) {
                card.add(new Paragraph(getTranslation("meetingReplies.changed", sent)));
            }
            list.add(card);
        }
        people.add(list);
        add(people);
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }
}
