package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;

/**
 * How a format is named to people: "Easy read", "Audio", and a translation by its language's own name with its name in
 * the reader's language (CLDR's, through the JDK): "Polski (Polish)" to an English reader, "Polski" to a Polish one.
 */
final class FormatLabels {

    private FormatLabels() {}

    static String label(Component translator, FormatOption format) {
        if (format.kind() == FormatKind.TRANSLATED) {
            Locale language = Locale.forLanguageTag(format.language());
            String own = language.getDisplayLanguage(language);
            String english = language.getDisplayLanguage(readerLocale(translator));
            String ownCapitalised =
                    own.isEmpty() ? format.language() : own.substring(0, 1).toUpperCase(language) + own.substring(1);
            return ownCapitalised.equalsIgnoreCase(english) ? ownCapitalised : ownCapitalised + " (" + english + ")";
        }
        return translator.getTranslation("format." + format.kind().name());
    }

    /** The reader's locale: the page's (a component's own getLocale is not open to other classes). */
    private static Locale readerLocale(Component translator) {
        var ui = translator.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.UK : ui.getLocale();
    }

    static String href(long materialId, FormatOption format) {
        return "materials/" + materialId + "/" + format.id();
    }
}
