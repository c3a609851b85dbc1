package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.groups.GroupPageSection;
import uk.gov.lbhf.withus.groups.GroupSummary;
import uk.gov.lbhf.withus.materials.FormatOption;
import uk.gov.lbhf.withus.materials.MaterialService;
import uk.gov.lbhf.withus.materials.MaterialSummary;
import uk.gov.lbhf.withus.people.CurrentUser;

/** "Papers and minutes" on the group page: each material with every format it comes in, side by side. */
@org.springframework.stereotype.Component
class GroupMaterialsSection implements GroupPageSection {

    private final MaterialService materials;

    GroupMaterialsSection(MaterialService materials) {
        this.materials = materials;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(GroupSummary group, CurrentUser viewer) {
        var section = Html.section("group-materials", I18NProvider.translate("materials.heading"));
        List<MaterialSummary> found = materials.forGroup(group.id(), viewer);
        if (materials.canPublish(group.id(), viewer)) {
            section.add(new Paragraph(Html.routerLink(
                    "groups/" + group.slug() + "/papers/new", section.getTranslation("paper.new.link"))));
        }
        if (found.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("materials.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("wu-card-list");
        var meetings = materials.meetingsOf(group.id(), viewer);
        found.forEach(m -> list.add(item(section, m, meetings)));
        section.add(list);
        return section;
    }

    private ListItem item(
            com.vaadin.flow.component.Component t,
            MaterialSummary material,
            java.util.Map<Long, java.time.OffsetDateTime> meetings) {
        var item = new ListItem();
        item.addClassName("wu-card");
        item.add(Html.inEnglish(new H3(Html.routerLink("materials/" + material.id(), material.title()))));
        var meta = new Paragraph(
                new Span(t.getTranslation("materialType." + material.type().name()) + " · "),
                new Html.Time(
                        material.publishedAt(),
                        t.getTranslation("materials.published", Dates.shortDay(material.publishedAt()))));
        meta.addClassName("wu-meta");
        item.add(meta);
        if (material.meetingId() != null && meetings.containsKey(material.meetingId())) {
            var day = meetings.get(material.meetingId());
            item.add(new Paragraph(new Html.Time(day, t.getTranslation("materials.forMeeting", Dates.day(day)))));
        }
        item.add(Html.inEnglish(new Paragraph(material.summary())));
        var formatsLabel = new Paragraph(t.getTranslation("materials.formats"));
        formatsLabel.addClassName("wu-formats-label");
        String labelId = "formats-" + material.id();
        formatsLabel.setId(labelId);
        var formats = new UnorderedList();
        formats.addClassName("wu-format-links");
        formats.getElement().setAttribute("aria-labelledby", labelId);
        for (FormatOption format : material.formats()) {
            var link = Html.routerLink(FormatLabels.href(material.id(), format), FormatLabels.label(t, format));
            link.getElement().setAttribute("aria-label", FormatLabels.label(t, format) + ": " + material.title());
            formats.add(new ListItem(link));
        }
        item.add(formatsLabel, formats);
        return item;
    }
}
