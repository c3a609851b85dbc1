package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Locale;
import java.util.Map;

/**
 * The title in the page's first HTML, before Flow has rendered the view. A screen reader announces the title when a
 * page finishes loading, which is before Flow sets the view's own title; without this it says only "Finished
 * loading." The view's exact title (a group's or a paper's name) replaces it a moment later.
 */
public final class FirstLoadTitles {

    private static final Map<String, String> KEY_BY_FIRST_SEGMENT = Map.of(
            "",
            "home.title",
            "login",
            "login.title",
            "groups",
            "groups.title",
            "forms",
            "forms.title",
            "sync",
            "sync.title",
            "privacy",
            "privacy.title",
            "accessibility",
            "a11y.title",
            "offline",
            "nav.offline");

    private FirstLoadTitles() {}

    public static void apply(AppShellSettings settings, I18NProvider translations) {
        var request = settings.getRequest();
        String path = request == null || request.getPathInfo() == null ? "" : request.getPathInfo();
        String first = path.replaceFirst("^/", "").replaceFirst("/.*$", "");
        String key = KEY_BY_FIRST_SEGMENT.get(first);
        Locale locale = request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? com.vaadin.flow.server.VaadinService.getCurrent()
                        .getInstantiator()
                        .getOrCreate(uk.gov.lbhf.withus.base.LanguageChoice.class)
                        .of(servlet.getHttpServletRequest())
                        .locale()
                : Locale.UK;
        String title = key == null ? null : translations.getTranslation(key, locale);
        settings.setPageTitle(
                title == null || title.isBlank() || title.startsWith("!") ? "WithUs" : title + " – WithUs");
    }
}
