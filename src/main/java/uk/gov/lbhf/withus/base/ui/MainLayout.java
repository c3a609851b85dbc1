package uk.gov.lbhf.withus.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lbhf.withus.base.DisplayNamed;
import uk.gov.lbhf.withus.base.Languages;

/**
 * The frame of every online page: skip link, header, one navigation (a bar at the bottom on phones, a column at
 * the side on wide screens; the same links in both), the page's own main region, and a footer.
 *
 * <p>Navigation comes from the views' {@code @Menu} annotations, already filtered by what the person may open.
 * The menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private boolean navigatedBefore;
    private final List<RouterLink> navLinks = new ArrayList<>();
    private final List<Anchor> languageLinks = new ArrayList<>();
    private final AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("wu-app");

        var skip = new Anchor("#main-content", getTranslation("layout.skip"));
        skip.addClassName("wu-skip-link");

        var header = new Header();
        header.addClassName("wu-header");
        var brand = new Anchor("", getTranslation("app.name"));
        brand.getElement().setAttribute("router-link", true);
        brand.addClassName("wu-brand");
        brand.getElement().setAttribute("aria-label", getTranslation("layout.brand.label"));
        header.add(brand, languageChoice(), userArea());

        var nav = new Nav();
        nav.addClassName("wu-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));
        var list = new UnorderedList();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var link = new RouterLink();
            link.setRoute(entry.menuClass());
            if (entry.icon() != null) {
                var icon = new Span();
                icon.addClassNames("wu-nav-icon", "wu-icon-" + entry.icon());
                icon.getElement().setAttribute("aria-hidden", "true");
                link.add(icon);
            }
            link.add(new Span(getTranslation(entry.title())));
            navLinks.add(link);
            list.add(new ListItem(link));
        }
        // The offline app (client-side, frontend/offline): papers kept on this device, forms and the outbox.
        var offline = new Anchor("/offline");
        offline.getElement().setAttribute("router-ignore", true); // a new page, from the device (Html.toOfflineApp)
        var offlineIcon = new Span();
        offlineIcon.addClassNames("wu-nav-icon", "wu-icon-offline");
        offlineIcon.getElement().setAttribute("aria-hidden", "true");
        offline.add(offlineIcon, new Span(getTranslation("nav.offline")));
        list.add(new ListItem(offline));
        nav.add(list);

        content.addClassName("wu-content");
        content.setId("main-content");
        content.getElement().setAttribute("tabindex", "-1");

        var footer = new Footer();
        footer.addClassName("wu-footer");
        var footerLinks = new UnorderedList(
                new ListItem(new Anchor("accessibility", getTranslation("footer.accessibility"))),
                new ListItem(new Anchor("privacy", getTranslation("footer.privacy"))));
        footer.add(footerLinks);

        add(skip, header, nav, content, footer);
    }

    /**
     * The language choice, on every page: a disclosure (a native {@code details}, which needs no script) listing each
     * language in its own name and marked with its own {@code lang}, so a screen reader says it right. Each is a plain
     * link that keeps the choice and comes back to this page (base/LanguageController).
     */
    private com.vaadin.flow.component.Component languageChoice() {
        Languages.Language current = Languages.of(getLocale());
        var details = new Div();
        details.getElement().setAttribute("class", "wu-language");
        var element = new com.vaadin.flow.dom.Element("details");
        element.setAttribute("class", "wu-language-details");
        var summary = new com.vaadin.flow.dom.Element("summary");
        var icon = new Span();
        icon.addClassNames("wu-nav-icon", "wu-icon-language");
        icon.getElement().setAttribute("aria-hidden", "true");
        var currentName = new Span(current.name());
        currentName.getElement().setAttribute("lang", current.tag());
        summary.appendChild(
                icon.getElement(),
                new Span(getTranslation("layout.language")).getElement(),
                new com.vaadin.flow.dom.Element("span").setText(" "),
                currentName.getElement());
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("layout.language.choose"));
        for (Languages.Language language : Languages.all()) {
            var link = new Anchor("/language/" + language.tag(), language.name());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("lang", language.tag());
            link.getElement().setAttribute("hreflang", language.tag());
            if (language.equals(current)) {
                link.getElement().setAttribute("aria-current", "true");
            }
            languageLinks.add(link);
            list.add(new ListItem(link));
        }
        element.appendChild(summary, list.getElement());
        details.getElement().appendChild(element);
        return details;
    }

    private Div userArea() {
        var area = new Div();
        area.addClassName("wu-user");
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            var who = new Span(getTranslation("layout.signedInAs", displayName(name)));
                            who.addClassName("wu-user-name");
                            // First the device sends what is waiting and seals what is left for this person (sync's
                            // agent,
                            // frontend/sync/shared-device.ts), so the next person on a shared device cannot read it;
                            // then sign out.
                            var signOut = new NativeButton(
                                    getTranslation("layout.signOut"),
                                    e -> e.getSource()
                                            .getElement()
                                            .executeJs("const agent = document.querySelector('withus-sync-agent');"
                                                    + " return agent && agent.beforeSignOut ? agent.beforeSignOut().then(() => true, () => true)"
                                                    + " : true;")
                                            .then(done -> authentication.logout(), failed -> authentication.logout()));
                            signOut.addClassName("wu-button-secondary");
                            area.add(who, signOut);
                        },
                        () -> area.add(new Anchor("login", getTranslation("layout.signIn"))));
        return area;
    }

    private String displayName(String username) {
        return authentication
                .getAuthenticatedUser(DisplayNamed.class)
                .map(DisplayNamed::displayName)
                .orElse(username);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Name the main region after the page's heading, kept right by an observer whatever order the new view's
        // content arrives in (a CI run once caught main still named after the previous page). Moving between pages
        // without a page load, also focus it, so a screen reader says which page this is (a full page load
        // announces the title by itself). Not the heading itself: Orca has already moved silently onto it when the
        // followed link was removed, so focusing it is not announced – see frontend/offline/focus.ts.
        getElement()
                .executeJs(
                        "const m = this.querySelector('main'); if (!m) return;"
                                + " if (!m.wuNamed) { m.wuNamed = true; let n = 0; const name = () => {"
                                + " const h = m.querySelector('h1'); if (!h) { m.removeAttribute('aria-labelledby'); return; }"
                                + " if (!h.id) h.id = 'wu-page-heading-' + (++n);"
                                + " if (m.getAttribute('aria-labelledby') !== h.id) m.setAttribute('aria-labelledby', h.id); };"
                                + " new MutationObserver(name).observe(m, {childList: true, subtree: true}); name(); }"
                                + " if ($0) { m.tabIndex = -1; m.focus({preventScroll: true}); }",
                        navigatedBefore);
        navigatedBefore = true;
        String here = "/" + event.getLocation().getPathWithQueryParameters();
        for (Anchor link : languageLinks) {
            String href = link.getHref();
            String base = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
            link.setHref(base + "?to=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
        }
        String path = event.getLocation().getFirstSegment();
        for (RouterLink link : navLinks) {
            String href = link.getHref();
            String first = href.contains("/") ? href.substring(0, href.indexOf('/')) : href;
            boolean current = first.equals(path);
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
