package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * Native form fields for Flow pages, GOV.UK style: a visible label, an optional hint, the error message at the field
 * (named by aria-describedby and marked aria-invalid), and the plain HTML control. Native controls are what screen
 * readers know best (PLATFORM.md lists Vaadin's known issues); radios over a combo box for short lists.
 */
public final class Fields {

    private Fields() {}

    /** A choice of a radio group: its stable value and its label. */
    public record Option(String value, String label) {}

    /** One question on the page. {@link #value()} and {@link #checked()} read what the person entered. */
    public static final class Field extends Div {

        private final String id;
        private final Element control;
        private final Paragraph error = new Paragraph();
        private final Span errorText = new Span();
        private final String describedBy;
        private String chosen = "";
        private final List<Element> parts = new java.util.ArrayList<>();
        private Element fileControl;
        private volatile String fileName;
        private volatile byte[] fileBytes;

        private Field(String id, Element control, String describedBy) {
            this.id = id;
            this.control = control;
            this.describedBy = describedBy;
            addClassName("wu-form-group");
            error.addClassName("wu-error-message");
            error.setId(id + "-error");
            var prefix = new Span();
            prefix.addClassName("wu-visually-hidden");
            prefix.getElement().setText(getTranslation("form.error.prefix") + " ");
            error.add(prefix, errorText);
            error.setVisible(false);
        }

        /** The id a summary's link points to: the control, or the first radio. */
        public String controlId() {
            return id;
        }

        public String value() {
            if ("radio".equals(control.getAttribute("data-kind"))) {
                return chosen;
            }
            if ("date".equals(control.getAttribute("data-kind"))) {
                return String.join(
                        "-",
                        parts.get(2).getProperty("value", "").trim(),
                        parts.get(1).getProperty("value", "").trim(),
                        parts.get(0).getProperty("value", "").trim());
            }
            return control.getProperty("value", "").trim();
        }

        /** The name of the file chosen in a file field, or null. */
        public String fileName() {
            return fileBytes == null ? null : fileName;
        }

        /**
         * A file field's file as the browser sent it (the upload handler calls this, off the UI thread; the view reads
         * it when the form is sent, and the server checks it then).
         */
        public void received(String name, byte[] bytes) {
            this.fileName = name;
            this.fileBytes = bytes;
        }

        /** The bytes of the file chosen in a file field, or null when none was chosen. */
        public byte[] fileBytes() {
            return fileBytes;
        }

        /** What the browser and password managers may fill in here (WCAG 1.3.5, 3.3.7): "email", "new-password", … */
        public Field autocomplete(String purpose) {
            control.setAttribute("autocomplete", purpose);
            return this;
        }

        /**
         * Fills a text field or chooses a radio with what is held already (changing something written before). A
         * radio's value is chosen only if it is one of its options.
         */
        public Field preset(String value) {
            String held = value == null ? "" : value;
            if ("radio".equals(control.getAttribute("data-kind"))) {
                radioInputs(control).forEach(input -> {
                    boolean match = held.equals(input.getAttribute("value"));
                    input.setProperty("checked", match);
                    if (match) {
                        chosen = held;
                    }
                });
                return this;
            }
            control.setProperty("value", held);
            return this;
        }

        private static java.util.stream.Stream<Element> radioInputs(Element from) {
            return from.getChildren()
                    .filter(child -> !child.isTextNode())
                    .flatMap(child ->
                            "input".equals(child.getTag()) ? java.util.stream.Stream.of(child) : radioInputs(child));
        }

        /**
         * Marks the control as taking words in this language (lang and dir), so a screen reader and the keyboard use it
         * and Arabic is typed right to left on an English page.
         */
        public Field inLanguage(String tag, boolean rightToLeft) {
            control.setAttribute("lang", tag);
            control.setAttribute("dir", rightToLeft ? "rtl" : "ltr");
            return this;
        }

        /** Ticks or unticks a checkbox (what is held already, shown before the person changes it). */
        public Field check(boolean checked) {
            control.setProperty("checked", checked);
            return this;
        }

        public boolean checked() {
            return control.getProperty("checked", false);
        }

        public void showError(String message) {
            errorText.setText(message);
            error.setVisible(true);
            addClassName("wu-form-group--error");
            String describedByError = (describedBy + " " + error.getId().orElseThrow()).trim();
            for (Element e : described()) {
                e.setAttribute("aria-invalid", "true");
                e.setAttribute("aria-describedby", describedByError);
            }
        }

        public void clearError() {
            errorText.setText("");
            error.setVisible(false);
            removeClassName("wu-form-group--error");
            for (Element e : described()) {
                e.removeAttribute("aria-invalid");
                if (describedBy.isBlank()) {
                    e.removeAttribute("aria-describedby");
                } else {
                    e.setAttribute("aria-describedby", describedBy);
                }
            }
        }

        /** What carries the hint and the error: the control, and for a date each of its boxes too. */
        private List<Element> described() {
            List<Element> all = new java.util.ArrayList<>(List.of(fileControl == null ? control : fileControl));
            all.addAll(parts);
            return all;
        }
    }

    /** A text box ({@code type} "text", "email", "date", …), its value sent when it changes. */
    public static Field input(String id, String type, String label, String hint, int maxLength) {
        var input = new Element("input");
        input.setAttribute("type", type);
        input.setAttribute("id", id);
        input.setAttribute("name", id);
        input.getClassList().add("wu-input");
        if (maxLength > 0) {
            input.setAttribute("maxlength", Integer.toString(maxLength));
        }
        input.addPropertyChangeListener("value", "change", e -> {});
        String hintId = hint == null ? "" : id + "-hint";
        var field = new Field(id, input, hintId);
        var labelElement = new Element("label");
        labelElement.setAttribute("for", id);
        labelElement.getClassList().add("wu-label");
        labelElement.setText(label);
        field.getElement().appendChild(labelElement);
        addHint(field, hintId, hint);
        field.add(field.error);
        field.getElement().appendChild(input);
        field.clearError();
        return field;
    }

    /** A text area for longer words (several lines). */
    public static Field textarea(String id, String label, String hint, int maxLength, int rows) {
        var area = new Element("textarea");
        area.setAttribute("id", id);
        area.setAttribute("name", id);
        area.setAttribute("rows", Integer.toString(rows));
        area.getClassList().add("wu-textarea");
        if (maxLength > 0) {
            area.setAttribute("maxlength", Integer.toString(maxLength));
        }
        area.addPropertyChangeListener("value", "change", e -> {});
        String hintId = hint == null ? "" : id + "-hint";
        var field = new Field(id, area, hintId);
        var labelElement = new Element("label");
        labelElement.setAttribute("for", id);
        labelElement.getClassList().add("wu-label");
        labelElement.setText(label);
        field.getElement().appendChild(labelElement);
        addHint(field, hintId, hint);
        field.add(field.error);
        field.getElement().appendChild(area);
        field.clearError();
        return field;
    }

    /** One checkbox with its label beside it (a confirmation). */
    public static Field checkbox(String id, String label) {
        var input = new Element("input");
        input.setAttribute("type", "checkbox");
        input.setAttribute("id", id);
        input.setAttribute("name", id);
        input.addPropertyChangeListener("checked", "change", e -> {});
        var field = new Field(id, input, "");
        field.add(field.error);
        var row = new Div();
        row.addClassName("wu-radio"); // the same large target and label beside it as a radio
        var labelElement = new Element("label");
        labelElement.setAttribute("for", id);
        labelElement.setText(label);
        row.getElement().appendChild(input, labelElement);
        field.add(row);
        field.clearError();
        return field;
    }

    /** A radio group in a fieldset, its legend the question. */
    public static Field radios(String id, String legend, String hint, List<Option> options) {
        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("data-kind", "radio");
        String hintId = hint == null ? "" : id + "-hint";
        var field = new Field(id, fieldset, hintId);
        var legendElement = new Element("legend");
        legendElement.getClassList().add("wu-legend");
        legendElement.setText(legend);
        fieldset.appendChild(legendElement);
        field.getElement().appendChild(fieldset);
        var holder = new Div();
        addHint(holder, hintId, hint);
        holder.add(field.error);
        fieldset.appendChild(holder.getElement());
        var radios = new Element("div");
        radios.getClassList().add("wu-radios");
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            var input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("id", i == 0 ? id : id + "-" + i);
            input.setAttribute("name", id);
            input.setAttribute("value", option.value());
            input.addEventListener("change", e -> field.chosen = option.value());
            var labelElement = new Element("label");
            labelElement.setAttribute("for", input.getAttribute("id"));
            labelElement.setText(option.label());
            var row = new Element("div");
            row.getClassList().add("wu-radio");
            row.appendChild(input, labelElement);
            radios.appendChild(row);
        }
        fieldset.appendChild(radios);
        field.clearError();
        return field;
    }

    /**
     * A date as GOV.UK asks for one: Day, Month and Year boxes in a fieldset (a browser's date picker writes the
     * month first on many machines). {@link Field#value()} gives "year-month-day" as typed, for the caller to check.
     */
    public static Field date(String id, String legend, String hint) {
        var fieldset = new Element("fieldset");
        fieldset.getClassList().add("wu-fieldset");
        fieldset.setAttribute("data-kind", "date");
        fieldset.setAttribute("role", "group");
        String hintId = hint == null ? "" : id + "-hint";
        var field = new Field(id + "-day", fieldset, hintId);
        var legendElement = new Element("legend");
        legendElement.getClassList().add("wu-legend");
        legendElement.setText(legend);
        fieldset.appendChild(legendElement);
        field.getElement().appendChild(fieldset);
        var holder = new Div();
        addHint(holder, hintId, hint);
        holder.add(field.error);
        fieldset.appendChild(holder.getElement());
        var boxes = new Element("div");
        boxes.getClassList().add("wu-date-input");
        String[][] parts = {
            {"day", "form.date.day", "2"}, {"month", "form.date.month", "2"}, {"year", "form.date.year", "4"}
        };
        for (String[] part : parts) {
            var item = new Element("div");
            item.getClassList().add("wu-date-input-item");
            var input = new Element("input");
            input.setAttribute("type", "text");
            input.setAttribute("inputmode", "numeric");
            input.setAttribute("id", id + "-" + part[0]);
            input.setAttribute("name", id + "-" + part[0]);
            input.setAttribute("maxlength", part[2]);
            input.getClassList().add("wu-input");
            input.getClassList().add(part[2].equals("4") ? "wu-input-year" : "wu-input-two");
            input.addPropertyChangeListener("value", "change", e -> {});
            var labelElement = new Element("label");
            labelElement.setAttribute("for", id + "-" + part[0]);
            labelElement.getClassList().add("wu-label");
            labelElement.setText(field.getTranslation(part[1]));
            item.appendChild(labelElement, input);
            boxes.appendChild(item);
            field.parts.add(input);
        }
        fieldset.appendChild(boxes);
        field.clearError();
        return field;
    }

    /**
     * A file to upload, GOV.UK style: a visible label, a hint, the error at the field, and one button that opens the
     * device's file chooser (Vaadin Upload with its own list hidden: the page says in words, in a status region, which
     * file is ready). Nothing is checked in the browser: the server checks the bytes and says what is wrong here.
     * {@code maxBytes} only stops the browser from sending something far too large to be kept at all.
     */
    public static Field file(String id, String label, String hint, String button, int maxBytes) {
        var field = new Field(id, new Element("span"), hint == null ? "" : id + "-hint");
        var labelElement = new Element("span");
        labelElement.setAttribute("id", id + "-label");
        labelElement.getClassList().add("wu-label");
        labelElement.setText(label);
        field.getElement().appendChild(labelElement);
        String hintId = hint == null ? "" : id + "-hint";
        addHint(field, hintId, hint);
        field.add(field.error);
        var choose = new com.vaadin.flow.component.html.NativeButton(button);
        choose.setId(id);
        choose.addClassNames("wu-button", "wu-button-secondary");
        choose.getElement().setAttribute("aria-labelledby", id + "-label " + id);
        var chosen = new Paragraph();
        chosen.setId(id + "-chosen");
        chosen.getElement().setAttribute("role", "status");
        chosen.addClassName("wu-file-chosen");
        var upload = new com.vaadin.flow.component.upload.Upload(com.vaadin.flow.server.streams.UploadHandler.inMemory(
                (metadata, bytes) -> field.received(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setDropAllowed(false);
        upload.setUploadButton(choose);
        upload.addClassName("wu-upload");
        // the component's own "succeeded" event needs server push with an upload handler: the browser's
        // upload-success event makes the round trip instead (the handler has kept the bytes by then)
        upload.getElement()
                .addEventListener("upload-success", e -> {
                    upload.clearFileList();
                    chosen.setText(field.getTranslation(
                            "form.file.chosen",
                            e.getEventData().get("event.detail.file.name").asString(),
                            Formats.fileSize(
                                    com.vaadin.flow.component.UI.getCurrent().getLocale(),
                                    e.getEventData()
                                            .get("event.detail.file.size")
                                            .asLong())));
                })
                .addEventData("event.detail.file.name")
                .addEventData("event.detail.file.size");
        upload.addFileRejectedListener(e -> {
            field.fileName = null;
            field.fileBytes = null;
            upload.clearFileList();
            chosen.setText("");
            field.showError(field.getTranslation("form.file.tooLarge"));
        });
        field.getElement().appendChild(upload.getElement(), chosen.getElement());
        field.fileControl = choose.getElement();
        field.clearError();
        return field;
    }

    private static void addHint(Div to, String hintId, String hint) {
        if (hint != null) {
            var p = new Paragraph(hint);
            p.setId(hintId);
            p.addClassName("wu-hint");
            to.add(p);
        }
    }
}
