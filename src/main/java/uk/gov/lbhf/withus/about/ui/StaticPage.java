package uk.gov.lbhf.withus.about.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import uk.gov.lbhf.withus.base.Translations;
import uk.gov.lbhf.withus.base.ui.Html;

/**
 * A page of headed sections whose words all live in the translation bundle: {@code <prefix>.heading}, then
 * {@code <prefix>.s1.heading}, {@code <prefix>.s1.p1}, {@code <prefix>.s1.p2}... and bullet points as
 * {@code <prefix>.s1.li1}... Sections and paragraphs are read until the next number is missing.
 */
abstract class StaticPage extends Div implements HasDynamicTitle {

    private final String prefix;

    StaticPage(String prefix) {
        this(prefix, java.util.Map.of());
    }

    /** {@code args}: the values of a text's placeholders, by its key (e.g. figures from configuration). */
    StaticPage(String prefix, java.util.Map<String, Object[]> args) {
        this.prefix = prefix;
        addClassName("wu-page");
        addClassName("wu-prose");
        add(new H1(getTranslation(prefix + ".heading")));
        for (int p = 1; Translations.has(prefix + ".p" + p); p++) {
            add(new Paragraph(getTranslation(prefix + ".p" + p)));
        }
        for (int s = 1; Translations.has(prefix + ".s" + s + ".heading"); s++) {
            String key = prefix + ".s" + s;
            var section = Html.section(prefix + "-s" + s, getTranslation(key + ".heading"));
            for (int p = 1; Translations.has(key + ".p" + p); p++) {
                section.add(new Paragraph(
                        getTranslation(key + ".p" + p, args.getOrDefault(key + ".p" + p, new Object[0]))));
            }
            if (Translations.has(key + ".li1")) {
                var list = new UnorderedList();
                for (int i = 1; Translations.has(key + ".li" + i); i++) {
                    list.add(new ListItem(getTranslation(key + ".li" + i)));
                }
                section.add(list);
            }
            for (int p = 1; Translations.has(key + ".after" + p); p++) {
                section.add(new Paragraph(getTranslation(key + ".after" + p)));
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " – WithUs";
    }
}
