package uk.gov.lbhf.withus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end against the packaged jar in Chromium: sign in, open a group, open a material in several formats,
 * with axe (WCAG 2.2 AA) finding nothing on any page, at a 320px phone and a 1280px desktop.
 */
class ResidentReadsGroupMaterialsIT extends PackagedAppTest {

    private static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @ParameterizedTest(name = "at {0}px wide")
    @ValueSource(ints = {320, 1280})
    void a_resident_signs_in_opens_a_group_and_reads_a_paper_in_the_format_they_need(int width) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
            Page page = context.newPage();

            page.navigate(app.url(""));
            assertThat(page).hasURL(app.url("login"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to WithUs")))
                    .isVisible();
            check(page, "sign-in", width);

            signIn(page, "amara", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Hello, Amara Okafor");
            assertThat(page).hasTitle("Home – WithUs");
            check(page, "home", width);

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Groups"))
                    .click();
            assertThat(page).hasTitle("Groups – WithUs");
            check(page, "groups", width);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Digital Accessibility Group")
                                    .setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Digital Accessibility Group");
            assertThat(page.getByText("Step-free access from the street.").first())
                    .isVisible();
            check(page, "group", width);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Agenda: next Digital Accessibility Group meeting")
                                    .setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Agenda: next Digital Accessibility Group meeting");
            var chooser = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Choose a format"));
            assertThat(chooser.locator("[aria-current=page]")).hasText("Standard");
            check(page, "material-standard", width);

            chooser.getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Easy read"))
                    .click();
            assertThat(page.getByText("First we say hello.")).isVisible();
            assertThat(chooser.locator("[aria-current=page]")).hasText("Easy read");
            check(page, "material-easy-read", width);

            chooser.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Audio"))
                    .click();
            var audio = page.locator("audio");
            assertThat(audio)
                    .hasAttribute("aria-label", "Audio recording: Agenda: next Digital Accessibility Group meeting");
            var recording = context.request().get(app.url(audio.getAttribute("src")));
            assertThat(recording.status()).isEqualTo(200);
            assertThat(recording.headers().get("content-type")).isEqualTo("audio/ogg");
            assertThat(recording.body().length).isGreaterThan(10_000);
            assertThat(page.getByText("Thank you for listening.")).isVisible();
            check(page, "material-audio", width);

            chooser.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Polski (Polish)"))
                    .click();
            assertThat(page.locator("main [lang=pl]")).containsText("Powitanie");
            check(page, "material-translated", width);
        }
    }

    @Test
    void a_wrong_password_and_an_unknown_username_get_the_same_message_and_no_one_is_signed_in() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("login"));
            signIn(page, "amara", "not-the-password");
            assertThat(page).hasURL(app.url("login?error"));
            var message = page.getByRole(AriaRole.ALERT)
                    .getByText("The username or password is not right. Check them and try again.");
            assertThat(message).isVisible();
            // Only the password has to be typed again (WCAG 2.2, 3.3.7 Redundant Entry).
            var username = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"));
            var password = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"));
            assertThat(username).hasValue("amara");
            assertThat(password).hasValue("");
            check(page, "sign-in-error", 1280);

            signIn(page, "nobody-here", PASSWORD);
            assertThat(page).hasURL(app.url("login?error"));
            assertThat(message).isVisible();
            assertThat(username).hasValue("nobody-here");
            page.navigate(app.url("login")); // read once: a fresh sign-in page starts empty
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to WithUs")))
                    .isVisible();
            page.waitForTimeout(500);
            assertThat(username).hasValue("");
            page.navigate(app.url("groups"));
            assertThat(page).hasURL(app.url("login"));
        }
    }

    @Test
    void a_resident_typing_the_address_of_a_page_they_may_not_see_gets_page_not_found() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("login"));
            signIn(page, "amara", PASSWORD); // a resident, not a leaseholder: no feedback forms
            assertThat(page).hasTitle("Home – WithUs");
            page.navigate(app.url("forms")); // the list is open to everyone; its forms are each form's audience
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Feedback forms");
            assertThat(page.locator("main")).containsText("There are no forms for you to fill in at the moment");
            for (String path : new String[] {
                "forms/leaseholder-service",
                "forms/community-event",
                "groups/youth-voices",
                "groups/staff-working-group"
            }) {
                page.navigate(app.url(path));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                        .hasText("Page not found");
                assertThat(page.getByText("Youth grant criteria")).hasCount(0);
            }
            check(page, "not-found", 1280);
        }
    }

    @Test
    void an_officer_sees_the_forms_page_in_the_navigation_and_can_open_it() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("login"));
            signIn(page, "priya", PASSWORD);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Forms").setExact(true))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Leaseholder service feedback")))
                    .isVisible();
            check(page, "forms", 1280);
        }
    }

    @Test
    void the_app_is_installable_and_opens_the_offline_app_when_the_network_is_gone() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("accessibility"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Accessibility statement for WithUs");
            check(page, "accessibility-statement", 1280);

            var manifest = context.request().get(app.url("manifest.webmanifest"));
            assertThat(manifest.status()).isEqualTo(200);
            assertThat(manifest.text()).contains("\"maskable\"", "\"display\":\"standalone\"", "\"WithUs\"");
            assertThat(page.locator("link[rel=manifest]")).hasAttribute("href", "manifest.webmanifest");

            // ready resolves once a worker is active, which may still be "activating": wait for the end of activation.
            Object state = page.evaluate("""
                    async () => {
                      const worker = (await navigator.serviceWorker.ready).active;
                      if (worker.state === 'activating') {
                        await new Promise(done => worker.addEventListener('statechange', done, { once: true }));
                      }
                      return worker.state;
                    }""");
            assertThat(state).isEqualTo("activated");
            page.reload(); // now controlled by the service worker
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            context.setOffline(true);
            page.navigate(app.url("groups"));
            // A Flow page cannot work offline: the service worker sends the visitor to the offline app instead, which
            // says why they are there.
            assertThat(page).hasURL(app.url("offline?unreachable"));
            assertThat(page.getByRole(AriaRole.STATUS)
                            .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                    .setHasText("cannot be reached")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("My groups");
            assertThat(page).hasTitle("My groups (offline) – On this device – WithUs");
            assertThat(page.getByText("Sign in once while you are online")).isVisible();
            check(page, "offline", 1280);
            context.setOffline(false);
        }
    }

    /**
     * Chromium's own verdict on installing, by the criteria that make it offer "Install app" (a headless browser
     * cannot show the prompt itself). It is asked in an ordinary profile: a test's usual fresh context is private
     * browsing, where Chromium never offers to install.
     */
    @Test
    void chromium_would_offer_to_install_the_app() throws Exception {
        Path profile = Files.createTempDirectory("withus-profile");
        try (BrowserContext context = uk.gov.lbhf.withus.e2e.Browser.ordinaryProfile(playwright, profile)) {
            Page page = context.newPage();
            page.navigate(app.url("accessibility"));
            page.evaluate("""
                    async () => {
                      const worker = (await navigator.serviceWorker.ready).active;
                      if (worker.state === 'activating') {
                        await new Promise(done => worker.addEventListener('statechange', done, { once: true }));
                      }
                    }""");
            page.reload();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            var cdp = context.newCDPSession(page);
            var manifest = cdp.send("Page.getAppManifest");
            assertThat(manifest.getAsJsonArray("errors"))
                    .as("manifest errors: " + manifest)
                    .isEmpty();
            var verdict = cdp.send("Page.getInstallabilityErrors");
            assertThat(verdict.getAsJsonArray("installabilityErrors"))
                    .as("installability: " + verdict)
                    .isEmpty();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** axe finds no WCAG 2.2 AA violation, nothing scrolls sideways, and a screenshot is kept for people to look at. */
    private static void check(Page page, String name, int width) {
        page.waitForLoadState();
        assertThat(uk.gov.lbhf.withus.e2e.Browser.axeViolations(page))
                .as("axe on " + name + " at " + width)
                .isEmpty();
        assertThat(uk.gov.lbhf.withus.e2e.Browser.horizontalOverflow(page))
                .as("sideways scroll on " + name)
                .isLessThanOrEqualTo(0);
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-" + width + ".png")));
    }
}
