package uk.gov.lbhf.withus.rights.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lbhf.withus.base.ui.Dates;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.rights.ErasureService;
import uk.gov.lbhf.withus.rights.MyDataService;

/**
 * "Your data": everything WithUs holds about the signed-in person, readable on the page and as a file (right of
 * access). Only ever their own: the server builds it from the signed-in account.
 */
@Route("my-data")
@PermitAll
class MyDataView extends Div implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    MyDataView(MyDataService service, PeopleService people) {
        addClassName("wu-page");
        var who = people.currentUser().orElseThrow();
        var data = service.of(who);
        add(new H1(getTranslation("mydata.heading")));
        add(new Paragraph(getTranslation("mydata.intro")));
        var download = new Anchor("/files/my-data.json", getTranslation("mydata.download"));
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("download", "withus-my-data.json");
        add(new Paragraph(download));

        var account = Html.section("mydata-account", getTranslation("mydata.account.heading"));
        var email = service.email(who);
        account.add(list(
                getTranslation("mydata.account.username", who.username()),
                getTranslation("mydata.account.name", who.displayName()),
                email.map(e -> getTranslation("mydata.account.email", e)).orElse(null),
                getTranslation(
                        "mydata.account.roles",
                        String.join(
                                ", ",
                                who.roles().stream()
                                        .map(r -> getTranslation("role." + r.name()))
                                        .sorted()
                                        .toList()))));
        add(account);

        var groups = Html.section("mydata-groups", getTranslation("mydata.groups.heading"));
        groups.add(
                data.groups().isEmpty()
                        ? new Paragraph(getTranslation("mydata.none"))
                        : list(data.groups().stream().map(g -> g.name()).toArray(String[]::new)));
        add(groups);

        var answers = Html.section("mydata-answers", getTranslation("mydata.answers.heading"));
        if (data.sync().answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("mydata.none")));
        }
        var cards = new UnorderedList();
        cards.addClassName("wu-card-list");
        for (var a : data.sync().answers()) {
            var card = new ListItem();
            card.addClassName("wu-card");
            card.add(new H3(getTranslation("mydata.answers.item", a.reference(), a.formKey())));
            card.add(meta(getTranslation("mydata.answers.sent", Dates.shortDay(a.receivedAt()))));
            card.add(list(answerLines(a.answersJson())));
            if (a.files() > 0) {
                card.add(meta(getTranslation("mydata.answers.files", a.files())));
            }
            cards.add(card);
        }
        if (!data.sync().answers().isEmpty()) {
            answers.add(cards);
        }
        add(answers);

        if (!data.sync().notStored().isEmpty()) {
            var refused = Html.section("mydata-refused", getTranslation("mydata.refused.heading"));
            refused.add(list(data.sync().notStored().stream()
                    .map(n -> getTranslation(
                            "mydata.refused.item",
                            Dates.shortDay(n.receivedAt()),
                            uk.gov.lbhf.withus.base.Translations.has("sync.code." + n.code())
                                    ? getTranslation("sync.code." + n.code())
                                    : n.reason()))
                    .toArray(String[]::new)));
            add(refused);
        }

        var devices = Html.section("mydata-devices", getTranslation("mydata.devices.heading"));
        devices.add(
                data.sync().devices().isEmpty()
                        ? new Paragraph(getTranslation("mydata.none"))
                        : list(data.sync().devices().stream()
                                .map(d -> getTranslation(
                                        d.revokedAt() == null ? "mydata.devices.item" : "mydata.devices.itemStopped",
                                        d.label(),
                                        Dates.shortDay(d.registeredAt())))
                                .toArray(String[]::new)));
        add(devices);

        var erase = Html.section("mydata-erase", getTranslation("mydata.erase.heading"));
        if (ErasureService.hasCouncilRole(who)) {
            erase.add(new Paragraph(getTranslation("mydata.erase.councilRole")));
        } else {
            erase.add(new Paragraph(getTranslation("mydata.erase.body")));
            erase.add(new Paragraph(Html.routerLink("my-data/erase", getTranslation("mydata.erase.link"))));
        }
        add(erase);
    }

    /** Each answer as "question: answer" (photos and recordings are named by their SHA-256). */
    private static String[] answerLines(String answersJson) {
        JsonNode answers = JSON.readTree(answersJson);
        return answers.propertyNames().stream()
                .map(q -> q + ": " + answers.path(q).asString(answers.path(q).toString()))
                .toArray(String[]::new);
    }

    private static UnorderedList list(String... items) {
        var list = new UnorderedList();
        for (String item : items) {
            if (item != null) { // a line the account does not have (an email, say)
                list.add(new ListItem(item));
            }
        }
        return list;
    }

    private static Paragraph meta(String text) {
        var p = new Paragraph(text);
        p.addClassName("wu-meta");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " – WithUs";
    }
}
