package uk.gov.lbhf.withus;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.gov.lbhf.withus.base.ui.FirstLoadTitles;

/**
 * WithUs: the co-production app. Each direct sub-package is a feature module (checked by Spring Modulith).
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@org.springframework.boot.context.properties.ConfigurationPropertiesScan
// ICU MessageFormat for the offline app's texts (frontend/i18n.ts); the same version as frontend/test/package.json
@com.vaadin.flow.component.dependency.NpmPackage(value = "intl-messageformat", version = "12.1.5")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@PWA(
        name = "WithUs – co-production with residents",
        shortName = "WithUs",
        description = "Join co-production groups, read group papers in the format you need, and have your say.",
        iconPath = "icons/icon.png",
        offlinePath = "offline.html",
        themeColor = Application.THEME_COLOUR,
        backgroundColor = "#ffffff")
@Meta(name = "theme-color", content = Application.THEME_COLOUR)
public class Application implements AppShellConfigurator {

    /** Council dark teal: 9.4:1 against white text. */
    public static final String THEME_COLOUR = "#00594f";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        var vaadin = com.vaadin.flow.server.VaadinService.getCurrent();
        if (vaadin != null && vaadin.getInstantiator().getI18NProvider() != null) {
            FirstLoadTitles.apply(settings, vaadin.getInstantiator().getI18NProvider());
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
