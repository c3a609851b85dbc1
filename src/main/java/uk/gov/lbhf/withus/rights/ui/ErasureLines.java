package uk.gov.lbhf.withus.rights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiFunction;
import uk.gov.lbhf.withus.people.PersonalData;

/** Erasure lines as a list: "{what}: {count}", the count written the reader's way; "Nothing." when empty. */
final class ErasureLines {

    private ErasureLines() {}

    /** {@code prefix} is "erasure.self" (the person's own page) or "erasure.staff". */
    static Component of(List<PersonalData.Line> lines, String prefix, BiFunction<String, Object[], String> t) {
        if (lines.isEmpty()) {
            return new Paragraph(t.apply("mydata.none", new Object[0]));
        }
        var list = new UnorderedList();
        for (PersonalData.Line line : lines) {
            list.add(new ListItem(
                    t.apply(prefix + "." + line.key() + "." + line.outcome().name(), new Object[] {line.count()})));
        }
        return list;
    }
}
