package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.MeetingSummary;

/** One meeting: when, where, how accessible the venue is, and what is on the agenda. */
public class MeetingCard extends Div {

    public MeetingCard(MeetingSummary meeting, boolean showGroupName, boolean showAgenda) {
        addClassName("wu-card");
        var heading = new H3();
        if (showGroupName) {
            heading.add(Html.routerLink("groups/" + meeting.groupSlug(), meeting.groupName()));
            heading.add(new Span(": "));
        }
        heading.add(new Html.Time(meeting.startsAt(), Dates.day(meeting.startsAt())));
        add(heading);

        var facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.when")),
                new DescriptionList.Description(
                        new Html.Time(meeting.startsAt(), Dates.span(meeting.startsAt(), meeting.endsAt()))));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.where")),
                Html.inEnglish(new DescriptionList.Description(meeting.place())));
        if (meeting.onlineLink() != null) {
            var link = new com.vaadin.flow.component.html.Anchor(
                    meeting.onlineLink(), getTranslation("meeting.joinOnline"));
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(
                    new DescriptionList.Term(getTranslation("meeting.online")), new DescriptionList.Description(link));
        }
        var access = new DescriptionList.Description();
        if (!meeting.accessFacts().isEmpty()) {
            var list = new com.vaadin.flow.component.html.UnorderedList();
            meeting.accessFacts().forEach(f -> list.add(new ListItem(getTranslation("meeting.fact." + f))));
            access.add(list);
        }
        if (!meeting.venueAccessibility().isBlank()) {
            access.add(Html.inEnglish(new com.vaadin.flow.component.html.Paragraph(meeting.venueAccessibility())));
        }
        facts.add(new DescriptionList.Term(getTranslation("meeting.access")), access);
        add(facts);

        if (showAgenda && !meeting.agendaItems().isEmpty()) {
            var agendaHeading = new com.vaadin.flow.component.html.H4(getTranslation("meeting.agenda"));
            var agenda = new OrderedList();
            meeting.agendaItems()
                    .forEach(item ->
                            agenda.add(new ListItem(Html.inEnglish(new com.vaadin.flow.component.html.Span(item)))));
            add(agendaHeading, agenda);
        }
    }
}
