package uk.gov.lbhf.withus.sync.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import uk.gov.lbhf.withus.base.SharedRules;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.equality.EqualityService;
import uk.gov.lbhf.withus.feedback.FormQuestion;
import uk.gov.lbhf.withus.feedback.FormQuestions;
import uk.gov.lbhf.withus.feedback.FormSummary;
import uk.gov.lbhf.withus.feedback.LocalText;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.inbox.FormResults;

/**
 * A form's results, for staff (and for councillors, who oversee: the counts only, never the answers, their CSV or
 * files): filters (version, when, event or personal), how many answered, each choice question's
 * counts and each ranking's places as an SVG chart with the same numbers in a table beside it, the answers a page at a
 * time (photos and recordings as links for staff), and the CSV of everything the filters keep.
 */
@Route("forms/:key/results")
@RolesAllowed({"OFFICER", "COPRODUCTION_TEAM", "COUNCILLOR"})
class FormResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormResults results;
    private final PeopleService people;
    private final EqualityService equality;
    private String title = "";

    FormResultsView(FormResults results, PeopleService people, EqualityService equality) {
        this.results = results;
        this.people = people;
        this.equality = equality;
        addClassName("wu-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        Integer version = number(query, "version");
        Integer days = number(query, "days");
        String mode = query.getOrDefault("mode", List.of("")).getFirst();
        Integer page = number(query, "page");
        String group = query.getOrDefault("group", List.of("")).getFirst();
        var filter = new FormResults.Filter(
                version,
                days,
                mode.equals("event") || mode.equals("personal") ? mode : null,
                group.matches("[a-z0-9]+(-[a-z0-9]+)*") ? group : null);
        var found = results.results(people.currentUser().orElseThrow(), key, filter, page == null ? 0 : page - 1);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(key, filter, found.get());
    }

    private static Integer number(Map<String, List<String>> query, String name) {
        String value = query.getOrDefault(name, List.of("")).getFirst();
        return value.matches("[1-9][0-9]{0,5}") ? Integer.valueOf(value) : null;
    }

    private void show(String key, FormResults.Filter filter, FormResults.Results found) {
        removeAll();
        LocalText formTitle = found.latest().titleText();
        title = getTranslation("results.heading", formTitle.in(getLocale()));
        add(new Paragraph(uk.gov.lbhf.withus.base.ui.Html.routerLink("results", getTranslation("results.back"))));
        add(new H1(title));
        add(filters(key, filter, found));
        var total = new Paragraph(getTranslation("results.total", found.total()));
        total.getElement().setAttribute("role", "status");
        total.addClassName("wu-results-total");
        add(total);
        boolean answersShown = FormResults.seesAnswers(people.currentUser().orElseThrow());
        if (answersShown) {
            var csv = new Anchor(csvHref(key, filter, null), getTranslation("results.csv"));
            csv.getElement().setAttribute("download", true);
            csv.getElement().setAttribute("router-ignore", true);
            add(new Paragraph(csv));
        } else {
            add(new Paragraph(getTranslation("results.countsOnly")));
        }

        for (FormResults.QuestionResult q : found.questions()) {
            add(chart(q));
        }
        if (found.versions().stream().anyMatch(FormSummary::hasEqualitySection)) {
            add(equalitySection(
                    equality.counts(people.currentUser().orElseThrow(), key, filter.version(), filter.mode()),
                    filter.group() != null));
        }
        if (answersShown) {
            add(table(key, filter, found));
        }
    }

    private Div filters(String key, FormResults.Filter filter, FormResults.Results found) {
        var box = new Div();
        box.addClassName("wu-filters");
        var heading = new H2(getTranslation("results.filters"));
        box.add(heading);
        var versions = new UnorderedList();
        versions.addClassName("wu-filter-links");
        versions.add(filterLink(
                key, filter.withVersion(null), getTranslation("results.allVersions"), filter.version() == null));
        for (var v : found.versions()) {
            versions.add(filterLink(
                    key,
                    filter.withVersion(v.version()),
                    getTranslation("results.version", v.version()),
                    Integer.valueOf(v.version()).equals(filter.version())));
        }
        box.add(new Paragraph(getTranslation("results.byVersion")), versions);
        var when = new UnorderedList();
        when.addClassName("wu-filter-links");
        when.add(filterLink(key, filter.withDays(null), getTranslation("results.anyTime"), filter.days() == null));
        for (int d : new int[] {7, 30}) {
            when.add(filterLink(
                    key,
                    filter.withDays(d),
                    getTranslation("results.lastDays", d),
                    Integer.valueOf(d).equals(filter.days())));
        }
        box.add(new Paragraph(getTranslation("results.byTime")), when);
        var modes = new UnorderedList();
        modes.addClassName("wu-filter-links");
        modes.add(filterLink(key, filter.withMode(null), getTranslation("results.allWays"), filter.mode() == null));
        for (String m : List.of("personal", "event")) {
            modes.add(
                    filterLink(key, filter.withMode(m), getTranslation("results.mode." + m), m.equals(filter.mode())));
        }
        box.add(new Paragraph(getTranslation("results.byMode")), modes);
        var byGroup = new UnorderedList();
        byGroup.addClassName("wu-filter-links");
        byGroup.add(
                filterLink(key, filter.withGroup(null), getTranslation("results.allGroups"), filter.group() == null));
        for (var g : results.groups()) {
            var item = filterLink(
                    key, filter.withGroup(g.slug()), g.name(), g.slug().equals(filter.group()));
            item.getChildren().forEach(uk.gov.lbhf.withus.base.ui.Html::inEnglish); // a group's name is in English
            byGroup.add(item);
        }
        box.add(new Paragraph(getTranslation("results.byGroup")), byGroup);
        return box;
    }

    /** A filter is a link (the page's address says what it shows); the one in use is marked as the current one. */
    private ListItem filterLink(String key, FormResults.Filter filter, String words, boolean current) {
        var link = uk.gov.lbhf.withus.base.ui.Html.routerLink(pageHref(key, filter, 1), words);
        if (current) {
            link.getElement().setAttribute("aria-current", "true");
            link.addClassName("wu-current");
        }
        return new ListItem(link);
    }

    private static String query(FormResults.Filter filter, Integer page) {
        List<String> parts = new ArrayList<>();
        if (filter.version() != null) {
            parts.add("version=" + filter.version());
        }
        if (filter.days() != null) {
            parts.add("days=" + filter.days());
        }
        if (filter.mode() != null) {
            parts.add("mode=" + filter.mode());
        }
        if (filter.group() != null) {
            parts.add("group=" + filter.group());
        }
        if (page != null && page > 1) {
            parts.add("page=" + page);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String pageHref(String key, FormResults.Filter filter, int page) {
        return "forms/" + key + "/results" + query(filter, page);
    }

    private static String csvHref(String key, FormResults.Filter filter, Integer page) {
        return "/files/forms/" + key + "/answers.csv" + query(filter, page);
    }

    /** One question's numbers: an SVG bar chart (title, description, a number on every bar) and a table beside it. */
    private Section chart(FormResults.QuestionResult q) {
        var section = new Section();
        section.addClassName("wu-chart");
        String id = "chart-" + q.question().id();
        String question = q.question().label().in(getLocale());
        var heading = new H2(question);
        heading.setId(id + "-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        markLanguage(heading, q.question().label());
        section.add(heading);
        section.add(new Paragraph(getTranslation("results.answered", q.answered())));
        boolean ranking = q.question().type().equals("ranking");
        Map<String, Long> bars = new LinkedHashMap<>();
        if (ranking) {
            q.ranking().forEach(r -> bars.put(words(q.question(), r.value(), r.label()), r.points()));
        } else {
            q.counts().forEach(c -> bars.put(words(q.question(), c.value(), c.label()), c.count()));
        }
        String description = String.join(
                ", ",
                bars.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList());
        section.add(svg(
                id,
                getTranslation(ranking ? "results.chart.ranking" : "results.chart.counts", question),
                description,
                bars));
        var table = new NativeTable();
        table.addClassNames("wu-table", "wu-table-words");
        var tableCaption = caption(getTranslation("results.table.caption", question));
        tableCaption.setId(id + "-caption");
        table.add(tableCaption);
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        List<String> columns = ranking
                ? List.of(
                        "results.table.choice",
                        "results.table.points",
                        "results.table.averagePlace",
                        "results.table.first")
                : List.of("results.table.choice", "results.table.count", "results.table.share");
        for (String column : columns) {
            var cell = new NativeTableHeaderCell(getTranslation(column));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        table.add(head);
        var body = new NativeTableBody();
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        if (ranking) {
            for (var r : q.ranking()) {
                body.add(row(
                        words(q.question(), r.value(), r.label()),
                        decimal.format(r.points()),
                        decimal.format(r.averagePlace()),
                        decimal.format(r.first())));
            }
        } else {
            for (var c : q.counts()) {
                double share = q.answered() == 0 ? 0 : (double) c.count() / q.answered();
                body.add(row(
                        words(q.question(), c.value(), c.label()), decimal.format(c.count()), percent.format(share)));
            }
        }
        table.add(body);
        // whole words: a narrow screen scrolls the table sideways, so its region can be reached and scrolled by
        // keyboard
        var scroll = new Div(table);
        scroll.addClassName("wu-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", id + "-caption");
        section.add(scroll);
        if (ranking) {
            section.add(new Paragraph(getTranslation("results.ranking.how", bars.size())));
        }
        return section;
    }

    /**
     * The equality answers, only as counts (kept apart from the answers: no row of the table below has them), each
     * question a table; a count under 5 says "fewer than 5" and its share is not shown.
     */
    private Section equalitySection(EqualityService.Counts counts, boolean groupChosen) {
        var section = new Section();
        section.addClassName("wu-equality-results");
        var heading = new H2(getTranslation("results.equality.heading"));
        heading.setId("equality-heading");
        section.getElement().setAttribute("aria-labelledby", "equality-heading");
        section.add(heading);
        section.add(new Paragraph(
                counts.respondents().fewerThanSmallest()
                        ? getTranslation("results.equality.fewRespondents", SharedRules.SMALLEST_COUNT_SHOWN)
                        : getTranslation(
                                "results.equality.respondents",
                                counts.respondents().count())));
        section.add(new Paragraph(getTranslation("results.equality.how", SharedRules.SMALLEST_COUNT_SHOWN)));
        if (groupChosen) {
            section.add(new Paragraph(getTranslation("results.equality.everyGroup")));
        }
        NumberFormat decimal = NumberFormat.getIntegerInstance(getLocale());
        for (var question : counts.questions()) {
            var table = new NativeTable();
            table.addClassName("wu-table");
            table.setId("equality-" + question.questionId());
            table.add(caption(getTranslation("equality." + question.questionId())));
            var head = new NativeTableHeader();
            var headRow = new NativeTableRow();
            for (String column : List.of("results.table.choice", "results.table.count")) {
                var cell = new NativeTableHeaderCell(getTranslation(column));
                cell.getElement().setAttribute("scope", "col");
                headRow.add(cell);
            }
            head.add(headRow);
            table.add(head);
            var body = new NativeTableBody();
            for (var answer : question.answers()) {
                body.add(row(
                        getTranslation("equality." + question.questionId() + "." + answer.value()),
                        shown(answer.count(), decimal)));
            }
            body.add(row(getTranslation("equality.preferNotToSay"), shown(question.preferNotToSay(), decimal)));
            body.add(row(getTranslation("results.equality.notAnswered"), shown(question.notAnswered(), decimal)));
            table.add(body);
            var scroll = new Div(table);
            scroll.addClassName("wu-table-scroll");
            section.add(scroll);
        }
        return section;
    }

    private String shown(EqualityService.Shown count, NumberFormat number) {
        return count.fewerThanSmallest()
                ? getTranslation("results.equality.fewerThan", SharedRules.SMALLEST_COUNT_SHOWN)
                : number.format(count.count());
    }

    private static NativeTableCaption caption(String words) {
        var caption = new NativeTableCaption();
        caption.setText(words);
        return caption;
    }

    private NativeTableRow row(String first, String... rest) {
        var row = new NativeTableRow();
        var header = new NativeTableHeaderCell(first);
        header.getElement().setAttribute("scope", "row");
        row.add(header);
        for (String value : rest) {
            row.add(new NativeTableCell(value));
        }
        return row;
    }

    /** A choice's words in the reader's language; a scale's point and a consent's answer in the bundle's. */
    private String words(FormQuestion q, String value, LocalText label) {
        if (label != null) {
            return label.in(getLocale());
        }
        return switch (q.type()) {
            case "consent" -> getTranslation(value.equals("yes") ? "form.consent.yes" : "form.consent.no");
            case "scale" -> getTranslation("results.scalePoint", Long.parseLong(value));
            default -> value;
        };
    }

    /** A horizontal bar chart: each bar labelled with its words and its number (not colour alone). */
    private Html svg(String id, String chartTitle, String description, Map<String, Long> bars) {
        long max = Math.max(
                1, bars.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowHeight = 44;
        int height = Math.max(rowHeight, bars.size() * rowHeight);
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wu-chart-svg\" role=\"img\" viewBox=\"0 0 320 ")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(HtmlUtils.htmlEscape(chartTitle))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(HtmlUtils.htmlEscape(description))
                .append("</desc>");
        // right to left: the bars grow from the right, and each text starts there (its own direction is the page's)
        boolean rtl = uk.gov.lbhf.withus.base.Languages.of(getLocale()).rightToLeft();
        java.util.function.DoubleFunction<String> x =
                at -> String.format(java.util.Locale.ROOT, "%.1f", rtl ? 320 - at : at);
        int y = 0;
        for (var bar : bars.entrySet()) {
            double width = Math.max(250.0 * bar.getValue() / max, 1);
            String words = bar.getKey().length() > 44 ? bar.getKey().substring(0, 43) + "…" : bar.getKey();
            svg.append("<text x=\"")
                    .append(x.apply(0))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" class=\"wu-chart-label\">")
                    .append(HtmlUtils.htmlEscape(words))
                    .append("</text><rect x=\"")
                    .append(x.apply(rtl ? width : 0))
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" height=\"16\" width=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", width))
                    .append("\" class=\"wu-chart-bar\"></rect><text x=\"")
                    .append(x.apply(width + 6))
                    .append("\" y=\"")
                    .append(y + 33)
                    .append("\" class=\"wu-chart-value\">")
                    .append(number.format(bar.getValue()))
                    .append("</text>");
            y += rowHeight;
        }
        svg.append("</svg>");
        return new Html("<div class=\"wu-chart-figure\" aria-hidden=\"false\">" + svg + "</div>");
    }

    private Section table(String key, FormResults.Filter filter, FormResults.Results found) {
        var section = new Section();
        var heading = new H2(getTranslation("results.answers"));
        heading.setId("results-answers");
        section.getElement().setAttribute("aria-labelledby", "results-answers");
        section.add(heading);
        var table = new NativeTable();
        table.addClassName("wu-table");
        table.add(caption(getTranslation("results.answers.caption", found.pageNumber() + 1, found.pages())));
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        List<String> fixed =
                List.of("results.col.reference", "results.col.received", "results.col.version", "results.col.mode");
        for (String column : fixed) {
            var cell = new NativeTableHeaderCell(getTranslation(column));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        for (FormQuestion q : found.columns()) {
            var cell = new NativeTableHeaderCell(q.label().in(getLocale()));
            cell.getElement().setAttribute("scope", "col");
            markLanguage(cell, q.label());
            headRow.add(cell);
        }
        head.add(headRow);
        table.add(head);
        var body = new NativeTableBody();
        for (FormResults.Row r : found.page()) {
            var row = new NativeTableRow();
            var reference = new NativeTableHeaderCell(r.reference());
            reference.getElement().setAttribute("scope", "row");
            row.add(reference);
            row.add(new NativeTableCell(Dates.shortDay(r.receivedAt())));
            row.add(new NativeTableCell(
                    NumberFormat.getIntegerInstance(getLocale()).format(r.version())));
            row.add(new NativeTableCell(getTranslation("results.mode." + r.mode())));
            for (FormQuestion q : found.columns()) {
                String value = r.answers().getOrDefault(q.id(), "");
                var cell = new NativeTableCell();
                if (value.isEmpty()) {
                    cell.setText("");
                } else if (q.type().equals("photo") || q.type().equals("audio")) {
                    var link = new Anchor(
                            "/files/attachments/" + value,
                            getTranslation(q.type().equals("photo") ? "results.photo" : "results.recording"));
                    link.getElement().setAttribute("router-ignore", true);
                    cell.add(link);
                } else {
                    cell.setText(readable(q, value));
                }
                row.add(cell);
            }
            body.add(row);
        }
        table.add(body);
        table.addClassName("wu-table-wide");
        var scroll = new Div(table);
        scroll.addClassName("wu-table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", "results-answers");
        section.add(scroll);
        if (found.pages() > 1) {
            var pages = new UnorderedList();
            pages.addClassName("wu-pagination");
            if (found.pageNumber() > 0) {
                pages.add(new ListItem(uk.gov.lbhf.withus.base.ui.Html.routerLink(
                        pageHref(key, filter, found.pageNumber()), getTranslation("results.previous"))));
            }
            if (found.pageNumber() + 1 < found.pages()) {
                pages.add(new ListItem(uk.gov.lbhf.withus.base.ui.Html.routerLink(
                        pageHref(key, filter, found.pageNumber() + 2), getTranslation("results.next"))));
            }
            var nav = new com.vaadin.flow.component.html.Nav(pages);
            nav.getElement().setAttribute("aria-label", getTranslation("results.pages"));
            section.add(nav);
        }
        return section;
    }

    /** An answer as a reader reads it: a choice (or several, or an order) by its words, a date in words. */
    private String readable(FormQuestion q, String value) {
        return FormQuestions.readable(
                        q,
                        value,
                        getLocale(),
                        v -> getTranslation(v.equals("yes") ? "form.consent.yes" : "form.consent.no"))
                .answer();
    }

    private void markLanguage(com.vaadin.flow.component.HasElement component, LocalText text) {
        String language = text.languageFor(getLocale());
        if (!language.equals(getLocale().getLanguage())) {
            component.getElement().setAttribute("lang", language);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – WithUs";
    }
}
