package uk.gov.lbhf.withus.materials.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import uk.gov.lbhf.withus.materials.FormatKind;
import uk.gov.lbhf.withus.materials.FormatOption;

/** How a format is named to people: "Easy read", "Audio", "Polski (Polish)". */
final class FormatLabels {

    private FormatLabels() {}

    static String label(Component translator, FormatOption format) {
        if (format.kind() == FormatKind.TRANSLATED) {
            Locale language = Locale.forLanguageTag(format.language());
            String own = language.getDisplayLanguage(language);
            String english = language.getDisplayLanguage(Locale.UK);
            String ownCapitalised =
                    own.isEmpty() ? format.language() : own.substring(0, 1).toUpperCase(language) + own.substring(1);
            return ownCapitalised.equalsIgnoreCase(english) ? ownCapitalised : ownCapitalised + " (" + english + ")";
        }
        return translator.getTranslation("format." + format.kind().name());
    }

    static String href(long materialId, FormatOption format) {
        return "materials/" + materialId + "/" + format.id();
    }
}
