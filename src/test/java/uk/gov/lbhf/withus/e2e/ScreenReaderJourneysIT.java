package uk.gov.lbhf.withus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a screen reader says: the Orca screen reader, in a private desktop session started by
 * accessibility-audit/screen-reader/start-orca.sh, reads Chromium (over AT-SPI) while each key journey is played.
 * Every step asserts parts of what Orca said – the label, the role, the state, the hint, live announcements – not
 * whole sentences. Transcripts go to target/accessibility-audit/orca.json and report.html.
 * Where Orca is not installed the class is skipped, except in CI (WITHUS_REQUIRE_ORCA=1), where that fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenReaderJourneysIT extends PackagedAppTest {

    private static final Path WORK = Path.of("target", "orca").toAbsolutePath();
    private static final long WAIT_MS =
            20_000; // a cold first sign-in (bundle, worker install) can take this long in CI

    private com.microsoft.playwright.Browser speaking;
    private final List<Map<String, Object>> journeys = new ArrayList<>();
    private List<Map<String, Object>> steps;
    private long started;
    private Process starter;

    @BeforeAll
    void startOrca() throws Exception {
        boolean installed =
                Files.isExecutable(Path.of("/usr/bin/orca")) && Files.isExecutable(Path.of("/usr/bin/Xvfb"));
        if (!installed && "1".equals(System.getenv("WITHUS_REQUIRE_ORCA"))) {
            throw new IllegalStateException("Orca and Xvfb must be installed here (WITHUS_REQUIRE_ORCA=1)");
        }
        Assumptions.assumeTrue(
                installed,
                "Orca is not installed: the screen-reader journeys are skipped"
                        + " (install the packages in accessibility-audit/README.md to run them)");
        started = System.nanoTime();
        starter = new ProcessBuilder("bash", "accessibility-audit/screen-reader/start-orca.sh", WORK.toString())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolveSibling("orca-start.log").toFile())
                .start();
        assertThat(starter.waitFor())
                .as("start-orca.sh (see target/orca-start.log)")
                .isZero();
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(WORK.resolve("env"))) {
            int eq = line.indexOf('=');
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        var options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setEnv(env)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--force-renderer-accessibility",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.exists(Path.of("/usr/bin/chromium"))) {
            options.setExecutablePath(Path.of("/usr/bin/chromium"));
        }
        speaking = playwright.chromium().launch(options);
    }

    @AfterAll
    void stopOrca() throws Exception {
        if (speaking != null) {
            speaking.close();
        }
        if (Files.exists(WORK.resolve("pids"))) {
            new ProcessBuilder("bash", "-c", "kill $(cat '" + WORK.resolve("pids") + "') 2>/dev/null; true")
                    .start()
                    .waitFor();
        }
        if (!journeys.isEmpty()) {
            AuditReport.writeTranscripts(
                    AccessibilityAuditIT.OUT, journeys, (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    @Test
    @Order(1)
    void sign_in_then_open_a_group_and_a_material() {
        journey("Sign in, open a group and a material (resident)");
        try (BrowserContext context = window(1280, 900)) {
            Page page = context.newPage();
            step("Open the sign-in page", () -> page.navigate(app.url("login")), "Sign in");
            step(
                    "Move to the username field",
                    () -> page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                            .focus(),
                    "Email or username",
                    "entry",
                    "required");
            // As a screen-reader user does: fill in, move to the button and hear it, then press it. (Clicking at
            // once, while Orca is still reading the field, sometimes leaves Orca silent about the page that loads.)
            step(
                    "Fill in a wrong password and move to Sign in",
                    () -> {
                        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                                .fill("amara");
                        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                                .fill("wrong-password");
                        button(page, "Sign in").focus();
                    },
                    "Sign in",
                    "push button");
            step(
                    "Press Sign in",
                    () -> button(page, "Sign in").click(),
                    "There is a problem",
                    "username or password is not right");
            step(
                    "Move to the username field again",
                    () -> page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                            .focus(),
                    "Email or username",
                    "entry",
                    "amara");
            step(
                    "Fill in the right password and move to Sign in",
                    () -> {
                        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                                .fill(PASSWORD);
                        button(page, "Sign in").focus();
                    },
                    "Sign in",
                    "push button");
            step("Press Sign in", () -> button(page, "Sign in").click(), "Finished loading Home – WithUs");
            step(
                    "Follow Groups in the navigation",
                    () -> link(page, "Groups").first().click(),
                    "main content Co-production groups"); // the main region, named by the new page's heading
            step(
                    page,
                    "Open the Digital Accessibility Group",
                    () -> link(page, "Digital Accessibility Group").click(),
                    "main content Digital Accessibility Group");
            step(
                    "Open the agenda",
                    () -> link(page, "Agenda: next Digital Accessibility Group meeting")
                            .click(),
                    "main content Agenda: next Digital Accessibility Group meeting");
            step("Move to the Easy read format", () -> link(page, "Easy read").focus(), "Easy read", "link");
            step(
                    "Move to the current format",
                    () -> page.locator("[aria-current=page]").first().focus(),
                    "Standard link"); // aria-current: NVDA, JAWS and VoiceOver say "current page"; Orca 43 does not
        }
    }

    @Test
    @Order(2)
    void fill_a_form_with_an_error_correct_it_and_send_it() {
        journey("Fill in a form with an error, correct it and send it (leaseholder, online)");
        try (BrowserContext context = window(1280, 900)) {
            Page page = signedIn(context, "leon");
            page.navigate(app.url("forms/leaseholder-service"));
            assertThat(button(page, "Send")).isVisible();
            step(
                    "Send without answering",
                    () -> button(page, "Send").click(),
                    "There is a problem",
                    "Select an answer for",
                    "Which service is your feedback about?");
            step(
                    "Move to the first answer of the first question",
                    () -> page.getByLabel("Repairs", new Page.GetByLabelOptions().setExact(true))
                            .focus(),
                    "Which service is your feedback about?",
                    "Repairs",
                    "radio button",
                    "not selected",
                    "Error: Select an answer");
            step(
                    "Choose the next answer with the arrow key",
                    () -> page.keyboard().press("ArrowDown"),
                    "Caretaking",
                    "selected");
            // Found by its name attribute, not its label: the label is what Orca must be heard to say.
            step(
                    "Move to the comment box",
                    () -> page.locator("textarea[name=comment]").focus(),
                    "What should we know? (optional)",
                    "entry",
                    "characters remaining");
            step(
                    "Answer the rest and send",
                    () -> {
                        page.getByLabel("Poor", new Page.GetByLabelOptions().setExact(true))
                                .check();
                        page.getByLabel("No, do not contact me").check();
                        button(page, "Send").click();
                    },
                    "Saved on this device",
                    "Your reference",
                    "sent to the council");
        }
    }

    @Test
    @Order(3)
    void submit_offline_see_it_waiting_then_sync() {
        journey("Submit offline, see it waiting, then send it (leaseholder)");
        try (BrowserContext context = window(390, 844)) {
            Page page = setUpDevice(context, "leon");
            page.navigate(app.url("offline/outbox"));
            assertThat(button(page, "Send now")).isVisible();
            context.setOffline(true);
            step(
                    "Open the form with no connection",
                    () -> page.navigate(app.url("offline/forms/leaseholder-service")),
                    "Leaseholder service feedback");
            step(
                    "Answer and send with no connection",
                    () -> {
                        page.getByLabel("Repairs", new Page.GetByLabelOptions().setExact(true))
                                .check();
                        page.getByLabel("Poor", new Page.GetByLabelOptions().setExact(true))
                                .check();
                        page.getByLabel("No, do not contact me").check();
                        button(page, "Send").click();
                    },
                    "Saved on this device",
                    "Your reference",
                    "sent to the council");
            step("Open the outbox", () -> link(page, "Go to the outbox").click(), "main content Outbox");
            step(
                    "Send now while still offline",
                    () -> button(page, "Send now").click(),
                    "stays saved on this device",
                    "0 sent, 1 answer waiting");
            // Back online the app sends by itself (the browser's "online" event) and the outbox says so; pressing
            // Send now as well would race it and hear "0 sent" from whichever run came second.
            step("Come back online", () -> context.setOffline(false), "1 sent, 0 answers waiting");
        }
    }

    @Test
    @Order(4)
    void event_capture_for_two_respondents() {
        journey("Event capture for two respondents (officer hands the device round)");
        try (BrowserContext context = window(820, 1180)) {
            Page page = setUpDevice(context, "priya");
            step(
                    "Open event capture",
                    () -> page.navigate(app.url("offline/capture/community-event")),
                    "On this device – WithUs"); // the app names the page once it has read IndexedDB
            step(
                    "Move to the PIN field",
                    () -> page.getByLabel("Choose a PIN for this event").focus(),
                    "Choose a PIN for this event",
                    "4 to 8 numbers");
            step(
                    "Start with a PIN that is too short",
                    () -> {
                        page.getByLabel("Choose a PIN for this event").fill("12");
                        page.getByLabel("Enter the PIN again").fill("12");
                        button(page, "Start capturing").click();
                    },
                    "Enter a PIN of 4 to 8 numbers");
            step(
                    "Choose a good PIN and move to Start capturing",
                    () -> {
                        page.getByLabel("Choose a PIN for this event").fill("2468");
                        page.getByLabel("Enter the PIN again").fill("2468");
                        button(page, "Start capturing").focus();
                    },
                    "Start capturing",
                    "push button");
            step(
                    page,
                    "Press Start capturing",
                    () -> button(page, "Start capturing").click(),
                    "main content Community event: have your say");
            for (String person : List.of("first", "second")) {
                step(
                        "The " + person + " resident answers and sends",
                        () -> {
                            page.getByLabel("Housing", new Page.GetByLabelOptions().setExact(true))
                                    .check();
                            page.locator("textarea[name=comment]").fill("The " + person + " person's view");
                            page.getByLabel("No, do not contact me").check();
                            button(page, "Send my answers").click();
                        },
                        "Thank you",
                        "hand the device back");
                step(
                        "Start a new form for the next person",
                        () -> button(page, "Start a new form for the next person")
                                .click(),
                        "main content Community event: have your say");
            }
            step(
                    "The third resident moves to the words box",
                    () -> page.locator("textarea[name=comment]").focus(),
                    "Tell us in your own words",
                    "entry",
                    "required",
                    "2,000 characters remaining");
            assertThat(steps.stream()
                            .skip(steps.size() - 2)
                            .map(s -> (String) s.get("heard"))
                            .filter(heard -> heard.contains("person's view"))
                            .toList())
                    .as("nothing a previous resident wrote is read out to the next")
                    .isEmpty();
        }
    }

    /** A new browser window of this size, read by Orca. */
    /**
     * Languages (issue 12): the sign-in page in Polish, as a Polish speaker who chose it on this device hears it – the
     * page's words reach the speech engine in Polish (the page says lang="pl-PL", so espeak-ng reads them with its
     * Polish voice), and the language choice names each language in its own words.
     */
    @Test
    @Order(5)
    void sign_in_page_in_polish() {
        journey("The sign-in page in Polish (a resident who chose Polski on this device)");
        try (BrowserContext context = window(1280, 900)) {
            context.addCookies(
                    List.of(new com.microsoft.playwright.options.Cookie(uk.gov.lbhf.withus.base.Languages.COOKIE, "pl")
                            .setUrl(app.url(""))));
            Page page = context.newPage();
            step("Open the sign-in page", () -> page.navigate(app.url("login")), "Logowanie");
            step(
                    "Move to the username field",
                    () -> page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nazwa użytkownika"))
                            .focus(),
                    "Nazwa użytkownika",
                    "entry",
                    "required");
            step(
                    "Move to the password field",
                    () -> page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Hasło"))
                            .focus(),
                    "Hasło");
            step(
                    "Open the language choice",
                    () -> page.locator("summary").first().click(),
                    "Język",
                    "Polski");
            step(
                    "Move to Arabic in the language choice",
                    () -> link(page, "العربية").focus(),
                    "العربية",
                    "link");
        }
    }

    private BrowserContext window(int width, int height) {
        return speaking.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
    }

    private void journey(String name) {
        steps = new ArrayList<>();
        Map<String, Object> journey = new LinkedHashMap<>();
        journey.put("name", name);
        journey.put("steps", steps);
        journeys.add(journey);
    }

    /** Does the action, then waits until Orca has said every expected part (case-insensitive), or fails. */
    private void step(String action, Runnable doIt, String... expected) {
        step(null, action, doIt, expected);
    }

    private void step(Page page, String action, Runnable doIt, String... expected) {
        long mark = size();
        doIt.run();
        long deadline = System.currentTimeMillis() + WAIT_MS;
        String heard = "";
        List<String> missing = List.of(expected);
        while (System.currentTimeMillis() < deadline) {
            heard = since(mark);
            String lower = heard.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            missing = java.util.Arrays.stream(expected)
                    .filter(e -> !lower.contains(e.toLowerCase(Locale.ROOT)))
                    .toList();
            if (missing.isEmpty()) {
                sleep(700); // let the rest of the announcement arrive for the transcript
                heard = since(mark);
                break;
            }
            sleep(150);
        }
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("action", action);
        step.put("expected", List.of(expected));
        step.put("heard", heard);
        step.put("passed", missing.isEmpty());
        if (page != null) {
            step.put(
                    "focus",
                    String.valueOf(page.evaluate("() => { let e = document.activeElement;"
                            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;"
                            + " return e ? e.outerHTML.slice(0, 120) : null; }")));
        }
        steps.add(step);
        assertThat(missing)
                .as("Orca, after '" + action + "', did not say these parts; it said:\n" + heard)
                .isEmpty();
    }

    private static long size() {
        try {
            return Files.size(WORK.resolve("speech.log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The utterances since a mark, one per line, without Orca's log prefix. */
    private static String since(long mark) {
        try {
            byte[] all = Files.readAllBytes(WORK.resolve("speech.log"));
            String text = new String(
                    all,
                    (int) Math.min(mark, all.length),
                    (int) Math.max(0, all.length - mark),
                    StandardCharsets.UTF_8);
            return text.lines()
                    .map(l -> l.replaceFirst("^SPEECH OUTPUT: '(.*)'.*$", "$1"))
                    .filter(l -> !l.isBlank())
                    .reduce((a, b) -> a + "\n" + b)
                    .orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
