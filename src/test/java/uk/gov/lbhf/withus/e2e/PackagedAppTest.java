package uk.gov.lbhf.withus.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class against the packaged app in Chromium: one app and one browser for all its tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PackagedAppTest {

    static final String PASSWORD = "WithUs-demo-2026";

    PackagedApp app;
    Playwright playwright;
    Browser browser;

    /** The database the app runs on for this class (a subclass runs the same tests on PostgreSQL). */
    PackagedApp.Database database() {
        return PackagedApp.Database.H2;
    }

    @BeforeAll
    void startAppAndBrowser() throws Exception {
        app = PackagedApp.start(database());
        playwright = uk.gov.lbhf.withus.e2e.Browser.playwright();
        browser = uk.gov.lbhf.withus.e2e.Browser.chromium(playwright);
    }

    @AfterAll
    void stopAppAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    static void signIn(Page page, String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /** Signs in on the sign-in page and waits until the service worker (installed with its precache) controls it. */
    Page signedIn(com.microsoft.playwright.BrowserContext context, String username) {
        return signedIn(context, username, PASSWORD);
    }

    /** The same, for an account with its own password (one a test made). */
    Page signedIn(com.microsoft.playwright.BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(app.url("login"));
        signIn(page, username, password);
        page.waitForURL(app.url(""), new Page.WaitForURLOptions().setTimeout(60_000));
        for (int attempt = 1; ; attempt++) {
            try {
                page.waitForFunction(
                        "() => navigator.serviceWorker.controller !== null",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(20_000));
                return page;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
                page.reload(); // a worker that installed after this page loaded controls it from the next load
            }
        }
    }

    /**
     * Waits until an async page function returns true. Playwright's waitForFunction does not await a promise (a
     * promise is truthy, so it returns at once: microsoft/playwright#29132); this polls page.evaluate, which does.
     */
    static void awaitInPage(Page page, String asyncPredicate) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!Boolean.TRUE.equals(evaluateAcrossReload(page, asyncPredicate))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not true within 30 s: " + asyncPredicate);
            }
            page.waitForTimeout(100);
        }
    }

    /**
     * The predicate's answer now, or null if the page navigated while it ran (its old context is then gone): a
     * Flow page whose session cookie a test replaced reloads itself on its next request to the server, whenever that
     * comes – CI saw it once in installing_the_offline_app_never_replaces_the_sign_in_cookie. What the predicate
     * asks (the service worker, the caches) belongs to the origin, so the wait goes on in the new page.
     */
    private static Object evaluateAcrossReload(Page page, String asyncPredicate) {
        try {
            return page.evaluate(asyncPredicate);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Execution context was destroyed")) {
                throw e;
            }
            page.waitForLoadState();
            return null;
        }
    }

    /** Signs in and waits until the device holds the account, its offline data and the offline app (safe to go offline). */
    Page setUpDevice(BrowserContext context, String username) {
        return setUpDevice(context, username, PASSWORD);
    }

    Page setUpDevice(BrowserContext context, String username, String password) {
        Page page = signedIn(context, username, password);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            @SuppressWarnings("unchecked")
            var state = (java.util.Map<String, Object>) page.evaluate(DeviceStore.STATE);
            if (Boolean.TRUE.equals(state.get("ready"))) {
                return page;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The device was not ready to go offline within 30 s. The page held: " + state);
            }
            page.waitForTimeout(250);
        }
    }
}
