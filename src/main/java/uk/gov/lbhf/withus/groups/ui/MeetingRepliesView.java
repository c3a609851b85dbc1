package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupService;
import uk.gov.lbhf.withus.groups.MeetingAnswers;
import uk.gov.lbhf.withus.groups.MeetingReplySummary;
import uk.gov.lbhf.withus.people.CurrentUser;
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
    private final Paragraph done = new Paragraph();
    private String title = "";
    private CurrentUser viewer;
    private long meetingId;

    MeetingRepliesView(GroupService groups, PeopleService people) {
        this.groups = groups;
        this.people = people;
        addClassName("wu-page");
        done.getElement().setAttribute("role", "status");
        done.getElement().setAttribute("tabindex", "-1");
        done.addClassName("wu-inset");
        done.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = people.currentUser().orElseThrow();
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        done.setVisible(false);
        groups.repliesTo(meetingId, viewer)
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    /** Marks one person's need arranged, then says so (and what went wrong, if their reply changed meanwhile). */
    private void arrange(MeetingReplySummary reply, String need) {
        var problems = groups.arrangeNeed(viewer, meetingId, reply.personId(), need);
        String what = getTranslation("meetingReply.need." + need);
        groups.repliesTo(meetingId, viewer).ifPresent(this::show);
        done.setText(
                problems.isEmpty()
                        ? getTranslation("meetingReplies.arranged.done", what, reply.name())
                        : getTranslation("meetingReplies.error.need-not-asked", what, reply.name()));
        done.setVisible(true);
        done.getElement().callJsFunction("focus"); // the button pressed is gone: the reader hears what happened
    }

    private void show(MeetingAnswers answers) {
        removeAll();
        var meeting = answers.meeting();
        title = getTranslation("meetingReplies.title", Dates.day(meeting.startsAt()));
        add(new Paragraph(Html.inEnglish(Html.routerLink("groups/" + meeting.groupSlug(), meeting.groupName()))));
        add(new H1(getTranslation("meetingReplies.heading")), done);
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
            if (r.otherNeeds() != null) {
                fact(facts, "meetingReplies.other", r.otherNeeds());
            }
            card.add(facts);
            if (!r.needs().isEmpty()) {
                card.add(needs(r));
            }
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

    /** Each need the person asked for, whether it is arranged (in words, not by colour), and a button to say it is. */
    private Div needs(MeetingReplySummary r) {
        var block = new Div();
        var heading = new H4(getTranslation("meetingReplies.needsHeading"));
        var list = new UnorderedList();
        list.addClassName("wu-need-list");
        for (String need : r.needs()) {
            String what = getTranslation("meetingReply.need." + need);
            var item = new ListItem();
            if (r.arranged().contains(need)) {
                item.add(new Paragraph(getTranslation("meetingReplies.need.arranged", what)));
            } else {
                item.add(new Paragraph(getTranslation("meetingReplies.need.notYet", what)));
                // the visible words start the button's name; the person's name is for a screen reader's list of buttons
                var button = new NativeButton(getTranslation("meetingReplies.arrange"), e -> arrange(r, need));
                button.add(Html.visuallyHidden(" – " + getTranslation("meetingReplies.arrange.for", what, r.name())));
                button.addClassNames("wu-button", "wu-button-secondary");
                item.add(button);
            }
            list.add(item);
        }
        block.add(heading, list);
        return block;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }
}
