package uk.gov.lbhf.withus.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.MeetingAttendances;
import uk.gov.lbhf.withus.people.CurrentUser;
import uk.gov.lbhf.withus.people.PeopleService;

/**
 * Who attended a meeting, for its organisers once it has started ({@link MeetingAttendances#toRecord} gives anyone
 * else, and a meeting still to come, "not found"): a checkbox for each person on the register with what they had
 * replied; saving replaces what was recorded and says how many came, focused.
 */
@Route("meetings/:id/attendance")
@PermitAll // organisers only: the service decides, per meeting (a co-chair is a resident, not a staff role)
class MeetingAttendanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingAttendances attendance;
    private final PeopleService people;
    private final Paragraph done = new Paragraph();
    private final Map<Long, Fields.Field> boxes = new LinkedHashMap<>();
    private CurrentUser viewer;
    private long meetingId;
    private String title = "";

    MeetingAttendanceView(MeetingAttendances attendance, PeopleService people) {
        this.attendance = attendance;
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
            meetingId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (attendance.toRecord(meetingId, viewer).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        done.setVisible(false);
        show();
    }

    private void show() {
        var register = attendance.toRecord(meetingId, viewer).orElseThrow();
        var meeting = register.meeting();
        removeAll();
        boxes.clear();
        title = getTranslation("attendance.title", Dates.day(meeting.startsAt()));
        add(new Paragraph(Html.inEnglish(Html.routerLink("groups/" + meeting.groupSlug(), meeting.groupName()))));
        add(new H1(getTranslation("attendance.heading")), done);
        add(new Paragraph(new Html.Time(meeting.startsAt(), Dates.span(meeting.startsAt(), meeting.endsAt()))));

        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        var legend = new Element("legend");
        legend.getClassList().add("wu-legend");
        legend.setText(getTranslation("attendance.legend"));
        fieldset.appendChild(legend);
        var hint = new Element("p");
        hint.getClassList().add("wu-hint");
        hint.setText(getTranslation("attendance.hint"));
        fieldset.appendChild(hint);
        for (var person : register.people()) {
            String label = person.replied() == null
                    ? getTranslation("attendance.person.noReply", person.name())
                    : getTranslation(
                            "attendance.person.replied",
                            person.name(),
                            getTranslation("meetingReply.attending." + person.replied()));
            var box = Fields.checkbox("attended-" + person.personId(), label).check(person.attended());
            boxes.put(person.personId(), box);
            fieldset.appendChild(box.getElement());
        }
        var group = new Div();
        group.addClassName("wu-form-group");
        group.getElement().appendChild(fieldset);
        add(group);
        var save = new NativeButton(getTranslation("attendance.save"), e -> save());
        save.addClassNames("wu-button", "wu-button-primary");
        add(save);
    }

    private void save() {
        var came = boxes.entrySet().stream()
                .filter(e -> e.getValue().checked())
                .map(Map.Entry::getKey)
                .toList();
        int count = attendance.record(viewer, meetingId, came);
        show();
        done.setText(getTranslation("attendance.saved", count));
        done.setVisible(true);
        done.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }
}
