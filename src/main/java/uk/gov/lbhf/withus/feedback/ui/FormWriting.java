package uk.gov.lbhf.withus.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.ui.ErrorSummary;
import uk.gov.lbhf.withus.base.ui.Fields;
import uk.gov.lbhf.withus.base.ui.Html;
import uk.gov.lbhf.withus.feedback.FormAuthoring;
import uk.gov.lbhf.withus.feedback.LocalText;

/** What the pages that write a form share: a field per language, problems in words, the way back to the draft. */
final class FormWriting {

    private FormWriting() {}

    /** The draft page of a form. */
    static String draftPath(String formKey) {
        return "forms/write/" + formKey;
    }

    /**
     * One field per language of the form for the same text ("The question in Arabic"), each taking its language's
     * words (lang and dir on the control), keyed "{name}-{tag}" as the service names its problems.
     */
    static Map<String, Fields.Field> perLanguage(
            String name,
            List<String> languages,
            Locale reader,
            BiFunction<String, String, String> translate,
            String labelKey,
            String hint,
            boolean lines,
            int max,
            LocalText held) {
        Map<String, Fields.Field> fields = new LinkedHashMap<>();
        for (String tag : languages) {
            String label = translate.apply(labelKey, Languages.nameFor(tag, reader));
            String id = "form-" + name + "-" + tag;
            Fields.Field field = lines
                    ? Fields.textarea(id, label, tag.equals("en") ? hint : null, 0, 4)
                    : Fields.input(id, "text", label, tag.equals("en") ? hint : null, max);
            field.inLanguage(
                    tag,
                    Languages.find(tag).map(Languages.Language::rightToLeft).orElse(false));
            if (held != null && held.byLanguage().containsKey(tag)) {
                field.preset(held.byLanguage().get(tag));
            }
            fields.put(name + "-" + tag, field);
        }
        return fields;
    }

    /** What was typed in each language's field of one text, by language tag. */
    static Map<String, String> values(Map<String, Fields.Field> fields, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (key.startsWith(name + "-")) {
                values.put(key.substring(name.length() + 1), field.value());
            }
        });
        return values;
    }

    /** A problem in words: "Enter the question in Arabic", "Each choice must be on its own line…". */
    static String message(
            FormAuthoring.Problem problem, Locale reader, BiFunction<String, Object[], String> translate) {
        String language = problem.language() == null ? "" : Languages.nameFor(problem.language(), reader);
        if (problem.code().equals("translation-missing")) {
            String base = problem.field().replaceFirst("-[a-z0-9]+$", "");
            return translate.apply("formWrite.error.translation-missing." + base, new Object[] {language});
        }
        return translate.apply("formWrite.error." + problem.code(), new Object[] {language, limitOf(problem.code())});
    }

    /** The limit a message names, as a number the bundle formats in the reader's language. */
    private static long limitOf(String code) {
        return switch (code) {
            case "title-too-long" -> FormAuthoring.TITLE_MAX;
            case "low-too-long", "high-too-long", "option-too-long" -> FormAuthoring.OPTION_MAX;
            case "description-too-long" -> FormAuthoring.DESCRIPTION_MAX;
            case "hint-too-long" -> FormAuthoring.HINT_MAX;
            case "label-too-long" -> FormAuthoring.LABEL_MAX;
            case "options-too-many" -> FormAuthoring.OPTIONS_MAX;
            case "too-many-questions" -> FormAuthoring.QUESTIONS_MAX;
            default -> 0;
        };
    }

    /** Shows the service's problems in the summary and at their fields (a problem without a field of its own goes to the first). */
    static void show(
            ErrorSummary summary,
            List<FormAuthoring.Problem> problems,
            Map<String, Fields.Field> fields,
            Locale reader,
            BiFunction<String, Object[], String> translate) {
        List<ErrorSummary.Error> errors = new ArrayList<>();
        Fields.Field first = fields.values().iterator().next();
        for (FormAuthoring.Problem problem : problems) {
            errors.add(new ErrorSummary.Error(
                    fields.getOrDefault(problem.field(), first), message(problem, reader, translate)));
        }
        summary.show(errors, List.copyOf(fields.values()));
    }

    /** A fieldset of checkboxes (languages, roles): each box keyed by its value. */
    static Div checkboxes(
            String id, String legend, String hint, Map<String, String> labels, Map<String, Fields.Field> boxes) {
        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("id", id);
        var legendElement = new Element("legend");
        legendElement.getClassList().add("wu-legend");
        legendElement.setText(legend);
        fieldset.appendChild(legendElement);
        if (hint != null) {
            var hintElement = new Element("p");
            hintElement.getClassList().add("wu-hint");
            hintElement.setText(hint);
            fieldset.appendChild(hintElement);
        }
        labels.forEach((value, label) -> {
            var box = Fields.checkbox(id + "-" + value, label);
            boxes.put(value, box);
            fieldset.appendChild(box.getElement());
        });
        var group = new Div();
        group.addClassName("wu-form-group");
        group.getElement().appendChild(fieldset);
        return group;
    }

    /** "Back to the form" as the first thing on a page that changes part of a draft. */
    static Component backToDraft(String formKey, String words) {
        return new Paragraph(Html.routerLink(draftPath(formKey), words));
    }

    /** A link to change one part, its visible words plus what it changes for a screen reader. */
    static Anchor changeLink(String href, String words, String what) {
        Anchor link = Html.routerLink(href, words);
        link.add(Html.visuallyHidden(" " + what));
        return link;
    }
}
