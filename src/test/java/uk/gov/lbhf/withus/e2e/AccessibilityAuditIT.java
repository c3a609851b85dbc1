package uk.gov.lbhf.withus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accessibility audit (see accessibility-audit/README.md): every route and state in
 * accessibility-audit/screens.json, signed in as each role, against the packaged app in Chromium. Fails on any
 * new finding; writes target/accessibility-audit/audit.json and report.html. {@code WITHUS_AUDIT_UPDATE=1}
 * rewrites the golden ARIA snapshots and tab orders in accessibility-audit/expected (review the diff!).
 */
class AccessibilityAuditIT extends PackagedAppTest {

    static final Path AUDIT = Path.of("accessibility-audit");
    static final Path EXPECTED = AUDIT.resolve("expected");
    static final Path OUT = Path.of("target", "accessibility-audit");
    static final boolean UPDATE = "1".equals(System.getenv("WITHUS_AUDIT_UPDATE"));
    /** To write goldens without the whole run: screens whose name starts with one of these (comma separated; never set in CI). */
    static final String ONLY = System.getenv().getOrDefault("WITHUS_AUDIT_ONLY", "");

    /**
     * axe's widths: the phone and the desktop layouts. 390 px (where 200 % text is checked) has the same layout as
     * 320 px – the style sheet's first breakpoint is 36em – so axe there found what it found at 320 px.
     */
    static final int[] WIDTHS = {320, 1280};
    /** axe's rules whose outcome a colour scheme can change (contrast; a link told apart from its text by colour). */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TAB_STOPS = 80;

    record Result(String screen, String check, boolean passed, List<String> findings) {}

    private final List<Result> results = new ArrayList<>();
    private final Map<String, String> titleByUrl = new LinkedHashMap<>();
    private final Map<String, String> screenByUrl = new LinkedHashMap<>();
    private String checks;

    @Test
    void every_screen_and_state_meets_wcag_22_aa_as_far_as_a_machine_can_tell() throws Exception {
        checks = Files.readString(AUDIT.resolve("page-checks.js"));
        JsonNode screens = JSON.readTree(AUDIT.resolve("screens.json").toFile()).get("screens");
        JsonNode known =
                JSON.readTree(AUDIT.resolve("known-issues.json").toFile()).get("issues");
        passwords = JSON.readTree(AUDIT.resolve("screens.json").toFile()).path("passwords");
        long started = System.nanoTime();
        Map<String, Long> secondsByPass = new LinkedHashMap<>();
        Map<String, List<JsonNode>> byAccount = new LinkedHashMap<>();
        screens.valueStream()
                .filter(s -> java.util.Arrays.stream(ONLY.split(","))
                        .anyMatch(prefix -> s.path("name").asString().startsWith(prefix)))
                .forEach(s -> byAccount
                        .computeIfAbsent(s.path("as").asString("(signed out)"), k -> new ArrayList<>())
                        .add(s));
        // Each pass sets every account's device up afresh. Not kept from the English pass: a device that ended it in
        // event capture stays locked to the capture app (as it should for a shared device), and every page after it
        // would be that lock, audited under another screen's name – which CI showed once (ar/officer-home).
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (var account : byAccount.entrySet()) {
                Page page = device(contexts, account.getKey(), null);
                for (JsonNode screen : account.getValue()) {
                    audit(page, screen, known);
                }
                done(contexts, page);
            }
            titlesAreUnique();
            secondsByPass.put("en", (System.nanoTime() - started) / 1_000_000_000L);
            // Every screen again in Arabic (right to left), and in Polish more lightly: README, "Languages".
            for (var language : List.of("ar", "pl")) {
                pass = language;
                long passStarted = System.nanoTime();
                for (var account : byAccount.entrySet()) {
                    Page page = device(contexts, account.getKey(), language);
                    for (JsonNode screen : account.getValue()) {
                        auditIn(language, page, screen, known);
                    }
                    done(contexts, page);
                }
                secondsByPass.put(language, (System.nanoTime() - passStarted) / 1_000_000_000L);
            }
        } finally {
            contexts.forEach(BrowserContext::close);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Map<String, Long> secondsByPart = new LinkedHashMap<>();
        nanosByPart.forEach((part, nanos) -> secondsByPart.put(part, nanos / 1_000_000_000L));
        AuditReport.writeChecks(OUT, results, screens.size(), seconds, secondsByPass, secondsByPart);

        List<String> failures = results.stream()
                .filter(r -> !r.passed())
                .map(r -> r.screen() + " / " + r.check() + ": " + String.join(" | ", r.findings()))
                .toList();
        assertThat(failures)
                .as("accessibility audit failures (report: target/accessibility-audit/report.html)")
                .isEmpty();
    }

    /**
     * A new browser profile for the account (signed in, its device set up and registered before the next account's
     * screens: the sync inbox lists devices), in this language if one is given (the cookie the language links set).
     */
    private Page device(List<BrowserContext> contexts, String account, String language) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("en-GB"));
        contexts.add(context);
        Page page = account.equals("(signed out)")
                ? context.newPage()
                : timed("device set-up", () -> {
                    // an account the run made in this pass ("audit-{lang}@example.org"), with the password it chose
                    String password = passwords.path(account).asString(PASSWORD);
                    return setUpDevice(context, account.replace("{lang}", pass), password);
                });
        if (language != null) {
            context.addCookies(List.of(
                    new com.microsoft.playwright.options.Cookie(uk.gov.lbhf.withus.base.Languages.COOKIE, language)
                            .setUrl(app.url(""))));
        }
        return page;
    }

    private static void done(List<BrowserContext> contexts, Page page) {
        contexts.remove(page.context());
        page.context().close();
    }

    /** Where the audit's time goes (written to audit.json as secondsByPart): reaching screens, axe, overrides, … */
    private final Map<String, Long> nanosByPart = new java.util.TreeMap<>();

    /** The passwords of accounts that screens.json's own steps make (the demo accounts share PASSWORD). */
    private JsonNode passwords;

    /** The language of the pass running now (steps write it where they say {lang}). */
    private String pass = "en";

    private <T> T timed(String part, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanosByPart.merge(part, System.nanoTime() - start, Long::sum);
        }
    }

    private void timed(String part, Runnable work) {
        timed(part, () -> {
            work.run();
            return null;
        });
    }

    private void audit(Page page, JsonNode screen, JsonNode known) throws IOException {
        String name = screen.get("name").asString();
        timed("reach the screen (steps)", () -> reach(page, screen));
        String url = page.url().replaceFirst("[?#].*$", "");
        inject(page);

        // Structure: lang, one main landmark, headings in order, a descriptive title.
        JsonNode structure = JSON.valueToTree(page.evaluate("() => window.__audit.structure()"));
        List<String> problems = new ArrayList<>();
        if (structure.path("lang").asString("").isBlank()) {
            problems.add("no lang on <html>");
        }
        if (structure.path("mains").asInt() != 1) {
            problems.add(structure.path("mains").asInt() + " main landmarks (want exactly 1)");
        }
        String title = structure.path("title").asString("");
        if (title.isBlank() || title.strip().equals("WithUs") || !title.contains("WithUs")) {
            problems.add("title '" + title + "' does not say which page this is, and that it is WithUs");
        }
        titleByUrl.putIfAbsent(url, title);
        screenByUrl.putIfAbsent(url, name);
        int previous = 0;
        int h1s = 0;
        for (JsonNode h : structure.path("headings")) {
            int level = h.path("level").asInt();
            h1s += level == 1 ? 1 : 0;
            if (previous == 0 && level != 1) {
                problems.add(
                        "first heading is h" + level + " '" + h.path("text").asString() + "'");
            }
            if (previous > 0 && level > previous + 1) {
                problems.add("heading jumps from h" + previous + " to h" + level + " at '"
                        + h.path("text").asString() + "'");
            }
            previous = level;
        }
        if (h1s != 1) {
            problems.add(h1s + " h1 headings (want exactly 1)");
        }
        record(name, "structure: lang, one main, headings, title", problems);

        record(
                name,
                "ARIA snapshot of main matches the golden",
                golden(
                        name + ".aria.yml",
                        normalise(page.locator("main").first().ariaSnapshot())));
        record(
                name,
                "form fields' states (required, invalid, checked) and descriptions match the golden",
                golden(name + ".fields.txt", normalise(fields(page))));
        timed("tab order", () -> {
            try {
                tabOrder(page, name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        axeReflowAndLargeText(page, name, known, Map.of("light", WIDTHS, "dark", WIDTHS));
        withOverride(
                page,
                name,
                320,
                "() => window.__audit.applyTextSpacing()",
                "WCAG text spacing at 320 px (also in shadow roots): nothing clipped");

        page.setViewportSize(1280, 900);
        // Let the transitions that undoing the overrides above just started run out (up to 2 s): what is asked
        // here is whether anything moves by itself once reduced motion is on, not those.
        page.evaluate("() => Promise.race([Promise.all(document.getAnimations().map(a => a.finished.catch(() => {}))),"
                + " new Promise(r => setTimeout(r, 2000))])");
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        record(name, "reduced motion respected", strings(page.evaluate("() => window.__audit.motion()")));
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));

        Files.createDirectories(OUT.resolve("screens"));
        timed(
                "screenshots",
                () -> page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(OUT.resolve("screens").resolve(name + ".png"))));
    }

    /**
     * A screen in another language: its steps' words are the bundle's in that language (a step's text that is an
     * English bundle text becomes the same key's text; a wait for words the page writes with a name or a number
     * waits for the page instead), then structure (lang, dir, one main and h1, title), the layout mirrored in a right
     * to left language, axe, reflow at 320 px and 200 % text – in Arabic at every width in light and at 320 px in
     * dark, in Polish at 320 px in light. No goldens: those are the English pages' (ARIA and tab order).
     */
    private void auditIn(String language, Page page, JsonNode screen, JsonNode known) throws IOException {
        String name = language + "/" + screen.get("name").asString();
        var translated = JSON.createObjectNode();
        translated.put("name", screen.path("name").asString());
        translated.put("path", screen.path("path").asString());
        var steps = translated.putArray("steps");
        java.util.Locale locale =
                uk.gov.lbhf.withus.base.Languages.find(language).orElseThrow().locale();
        for (JsonNode stepNode : screen.path("steps")) {
            String[] step = stepNode.asString().split("\\|", 3);
            String key = englishKey(step.length > 1 ? step[1] : "");
            // a name the run gave, or words named by their bundle key (resolved in reach): the same in any language
            boolean literal = step.length > 1 && (step[1].contains("{lang}") || step[1].startsWith("key="));
            if (key == null && !literal && (step[0].startsWith("wait-") || step[0].startsWith("click-button"))) {
                // words the page writes with a name or a number: the English pass has already put the server in
                // that state (a decision taken, a request found), so here the page is audited as it now is
                steps.add("settle");
                continue;
            }
            if (key != null) {
                step[1] = uk.gov.lbhf.withus.base.Translations.text(locale, key);
            }
            steps.add(String.join("|", step));
        }
        timed("reach the screen (steps)", () -> reach(page, translated));
        inject(page);
        JsonNode structure = JSON.valueToTree(page.evaluate("() => window.__audit.structure()"));
        List<String> problems = new ArrayList<>();
        if (!structure.path("lang").asString("").startsWith(language)) {
            problems.add("lang on <html> is '" + structure.path("lang").asString() + "', not " + language);
        }
        boolean rtl = language.equals("ar");
        Object layout = page.evaluate("""
                () => { const brand = document.querySelector('.wu-brand');
                  const r = brand ? brand.getBoundingClientRect() : null;
                  return { dir: getComputedStyle(document.documentElement).direction,
                    brandAtStart: r ? (document.documentElement.dir === 'rtl' ? r.right > innerWidth / 2 : r.left < innerWidth / 2) : null,
                    brandRight: r ? r.right : null }; }""");
        JsonNode mirrored = JSON.valueToTree(layout);
        if (!mirrored.path("dir").asString().equals(rtl ? "rtl" : "ltr")) {
            problems.add("the page's direction is " + mirrored.path("dir").asString());
        }
        if (mirrored.path("brandAtStart").isBoolean()
                && !mirrored.path("brandAtStart").asBoolean()) {
            problems.add("the header does not start on the " + (rtl ? "right" : "left") + " side");
        }
        if (structure.path("mains").asInt() != 1) {
            problems.add(structure.path("mains").asInt() + " main landmarks (want exactly 1)");
        }
        long h1s = 0;
        for (JsonNode h : structure.path("headings")) {
            h1s += h.path("level").asInt() == 1 ? 1 : 0;
        }
        if (h1s != 1) {
            problems.add(h1s + " h1 headings (want exactly 1)");
        }
        if (!structure.path("title").asString("").contains("WithUs")) {
            problems.add("title '" + structure.path("title").asString() + "' does not say it is WithUs");
        }
        record(name, "structure in " + language + ": lang, dir, one main and h1, title", problems);
        // Arabic: light at every width and dark at 320 px (the English pass has every width in both schemes, and the
        // colours do not change with the language); Polish, lighter: 320 px in light (reflow with its longer words)
        axeReflowAndLargeText(
                page,
                name,
                known,
                rtl ? Map.of("light", WIDTHS, "dark", new int[] {320}) : Map.of("light", new int[] {320}));
        page.setViewportSize(rtl ? 320 : 1280, 900);
        Files.createDirectories(OUT.resolve("screens").resolve(language));
        timed(
                "screenshots",
                () -> page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(OUT.resolve("screens").resolve(name + ".png"))));
        page.setViewportSize(1280, 900);
    }

    private static final java.util.regex.Pattern KEYED =
            java.util.regex.Pattern.compile("key=([\\w.-]+)(?:\\((.*)\\))?");

    /**
     * {@code key=joinRequests.decline(Leon Hart)}: the bundle's words for that key in the pass's language, with the
     * arguments (comma-separated) put in – for words that carry a name, which the English lookup cannot translate.
     */
    private String bundleWords(String words) {
        var keyed = KEYED.matcher(words);
        if (!keyed.matches()) {
            return words;
        }
        // an argument may itself be key=… (no brackets of its own):
        // "key=meetingReply.yours(key=meetingReply.attending.yes)"
        Object[] args = keyed.group(2) == null
                ? new Object[0]
                : java.util.Arrays.stream(keyed.group(2).split(",\\s*"))
                        // a whole number is a number (a plural chooses by it)
                        .map(a -> a.matches("\\d+") ? (Object) Long.valueOf(a) : bundleWords(a))
                        .toArray();
        String text = uk.gov.lbhf.withus.base.Translations.text(
                uk.gov.lbhf.withus.base.Languages.find(pass).orElseThrow().locale(), keyed.group(1), args);
        assertThat(text)
                .as("screens.json names a key the bundles do not have: " + words)
                .doesNotStartWith("!");
        return text;
    }

    private static Map<String, String> englishKeys;

    /** The bundle key whose English text is exactly this (null if the words are not a bundle text). */
    private static String englishKey(String words) {
        if (englishKeys == null) {
            englishKeys = new java.util.HashMap<>();
            new java.util.TreeMap<>(uk.gov.lbhf.withus.base.Translations.bundle("en")).forEach((key, text) -> {
                if (!text.contains("{")) {
                    englishKeys.putIfAbsent(text.replace("''", "'"), key);
                }
            });
        }
        return englishKeys.get(words);
    }

    /** Applies a style override at a width, records what is clipped or scrolls sideways, and removes it again. */
    /**
     * axe at each width in each colour scheme, reflow at 320 px, and 200 % text at 390 px: the checks every pass
     * makes (English in full; each other language at the widths and schemes it is given).
     */
    private void axeReflowAndLargeText(Page page, String name, JsonNode known, Map<String, int[]> widthsByScheme) {
        for (String scheme : List.of("light", "dark")) {
            int[] widths = widthsByScheme.getOrDefault(scheme, new int[0]);
            page.emulateMedia(new Page.EmulateMediaOptions()
                    .setColorScheme(scheme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
            for (int width : widths) {
                page.setViewportSize(width, 900);
                // the dark scheme changes colours only: there axe runs its colour rules; every rule runs in light
                boolean dark = scheme.equals("dark");
                record(
                        name,
                        (dark ? "axe colour rules (WCAG 2.2 AA) at " : "axe WCAG 2.2 AA at ") + width + " px, "
                                + scheme,
                        timed(dark ? "axe, colour rules" : "axe", () -> axe(page, known, dark)));
                if (width == 320) {
                    int overflow = overflow(page);
                    record(
                            name,
                            "reflow at 320 px, " + scheme + ": no sideways scrolling",
                            overflow > 0 ? List.of("page is " + overflow + " px wider than the window") : List.of());
                }
            }
        }
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        withOverride(
                page,
                name,
                390,
                "() => { document.documentElement.style.fontSize = '200%'; }",
                "200% text at 390 px: nothing clipped, no sideways scrolling");
    }

    private void withOverride(Page page, String name, int width, String apply, String check) {
        timed("overrides (200 % text, text spacing)", () -> override(page, name, width, apply, check));
    }

    private void override(Page page, String name, int width, String apply, String check) {
        page.setViewportSize(width, 900);
        page.evaluate(apply);
        List<String> problems = new ArrayList<>(clipped(page));
        int overflow = overflow(page);
        if (overflow > 0) {
            problems.add("page is " + overflow + " px wider than the window");
        }
        record(name, check, problems);
        page.evaluate("() => window.__audit.removeOverrides()");
    }

    /** Opens the screen's route and plays its steps (see screens.json). */
    private void reach(Page page, JsonNode screen) {
        page.navigate(app.url(screen.get("path").asString().replace("{lang}", pass)));
        page.waitForLoadState();
        for (JsonNode stepNode : screen.path("steps")) {
            // {lang}: the pass's language, so that each pass makes its own account ("audit-ar@example.org")
            String[] step = stepNode.asString().replace("{lang}", pass).split("\\|", 3);
            if (step.length > 1) {
                step[1] = bundleWords(step[1]);
            }
            try {
                step(page, stepNode, step);
            } catch (RuntimeException e) {
                throw new AssertionError(
                        pass + "/" + screen.path("name").asString() + ": step '" + String.join("|", step)
                                + "' did not happen; " + whatThePageShows(page),
                        e);
            }
        }
        page.waitForLoadState();
        // Every screen has a main region with one h1: wait for them (a slow first Flow render must not be audited
        // half-drawn). A screen that never gets them fails the structure check below instead.
        try {
            var wait = new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000);
            page.getByRole(AriaRole.MAIN).first().waitFor(wait);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                    .first()
                    .waitFor(wait);
        } catch (com.microsoft.playwright.TimeoutError missing) {
            // recorded by the structure check
        }
        page.waitForTimeout(300); // let Flow's last round trip and Lit's update settle
    }

    /**
     * The first element in main of this role whose name starts with these words: several people's needs each have
     * "Mark as arranged – …", and a translation's link is named in the reader's language too.
     */
    private static com.microsoft.playwright.Locator startingWith(Page page, AriaRole role, String words) {
        return page.locator("main")
                .getByRole(
                        role,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                // escaped by hand: the pattern runs in the browser, where \\Q…\\E means nothing
                                .setName(java.util.regex.Pattern.compile(
                                        "^" + words.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0"))))
                .first();
    }

    /** One step of a screen's way there (screens.json). */
    private void step(Page page, JsonNode stepNode, String[] step) {
        var timeout = 20_000;
        switch (step[0]) {
            case "fill" ->
                page.getByLabel(step[1], new Page.GetByLabelOptions().setExact(true))
                        .first()
                        .fill(step[2]);
            case "check" ->
                page.getByLabel(step[1], new Page.GetByLabelOptions().setExact(true))
                        .check();
            case "uncheck" ->
                page.getByLabel(step[1], new Page.GetByLabelOptions().setExact(true))
                        .uncheck();
            case "click-button" -> button(page, step[1]).click();
            // the first button whose name starts so (several people's needs each have "Mark as arranged – …")
            case "click-button-starting" ->
                startingWith(page, AriaRole.BUTTON, step[1]).click();
            case "click-link" ->
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(step[1]).setExact(true))
                        .first()
                        .click();
            // a link whose name starts so (a translation's link is named in the reader's language too)
            case "click-link-starting" ->
                startingWith(page, AriaRole.LINK, step[1]).click();
            // the page's own heading (h1): a card on the page before can have the same words (an h2 of the
            // group list names the group), and waiting for that took the snapshot before the page changed
            case "wait-heading" ->
                page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(step[1])
                                        .setExact(true)
                                        .setLevel(1))
                        .first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            case "wait-link" ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(step[1]))
                        .first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            case "wait-button" ->
                button(page, step[1])
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            case "wait-text" ->
                page.getByText(step[1])
                        .first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            case "wait-alert" ->
                page.getByRole(AriaRole.ALERT)
                        .first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            case "push" ->
                assertThat(pushAsThisDevice(page, step[1]))
                        .as("push " + step[1])
                        .isEqualTo(200);
            // a field by its id, where its label names a language in the pass's own words ("The question in
            // English")
            case "fill-id" -> page.locator("main #" + step[1]).fill(step[2].replace("\\n", "\n"));
            // a radio button by its field and value (a language's label differs in each pass)
            case "choose" ->
                page.locator("main input[type=radio][name='" + step[1] + "'][value='" + step[2] + "']")
                        .check();
            // a file chosen through the page's file chooser, as a person would: one of AuditFiles' fixtures
            case "upload" -> {
                var chooser = page.waitForFileChooser(() -> page.locator("main vaadin-upload [slot=add-button]")
                        .first()
                        .click());
                chooser.setFiles(new com.microsoft.playwright.options.FilePayload(
                        step[1], AuditFiles.mediaType(step[1]), AuditFiles.bytes(step[1])));
                // the page's own words for the chosen file (vaadin-upload's live region names it too)
                page.locator("main .wu-file-chosen")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(step[1]))
                        .first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(timeout));
            }
            case "reload" -> page.reload();
            // the newest email to this address, its link opened as from a mail program
            case "open-emailed-link" -> {
                try {
                    page.navigate(app.newestLinkTo(step[1]));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            // a wait for words the page writes in another language: wait until Flow has no server request in
            // flight (a click's round trip done), never for a fixed time – under CI's load that was not enough
            case "settle" ->
                page.waitForFunction(
                        "() => !window.Vaadin?.Flow?.clients || Object.values(window.Vaadin.Flow.clients)"
                                + ".every(c => !c.isActive || !c.isActive())",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(timeout));

            default -> throw new IllegalArgumentException("Unknown step in screens.json: " + stepNode);
        }
    }

    /**
     * What the page showed when a step did not happen, for the failure's message (CI keeps only the log): its address,
     * its h1, an error summary's words, whether Flow still had a request out, and the start of main's text.
     */
    private static String whatThePageShows(Page page) {
        try {
            return "the page at " + page.url() + " shows: " + page.evaluate("""
                    () => JSON.stringify({
                      h1: [...document.querySelectorAll('h1')].map(h => h.innerText),
                      errorSummary: document.querySelector('.wu-error-summary')?.innerText ?? null,
                      flowBusy: !!window.Vaadin?.Flow?.clients && Object.values(window.Vaadin.Flow.clients)
                        .some(c => c.isActive && c.isActive()),
                      main: (document.querySelector('main')?.innerText ?? document.body.innerText).slice(0, 600) })""");
        } catch (RuntimeException e) {
            return "the page could not be read (" + e.getMessage() + ")";
        }
    }

    /**
     * Sends submissions through the sync API with this browser's own device token, as the app would: to put the
     * server in a state no well-behaved device produces through the app (a submission sent twice with different
     * answers, an item that is not valid).
     */
    private static Object pushAsThisDevice(Page page, String submissions) {
        String who = (String) DeviceStore.read(page, "meta", "currentAccount", "who => who");
        Object account = DeviceStore.read(page, "accounts", who, "a => ({ token: a.token, deviceId: a.deviceId })");
        return page.evaluate("""
                async ([account, submissions]) => {
                  const response = await fetch('/api/sync/v1/push', { method: 'POST', headers: {
                    'Content-Type': 'application/json', Authorization: 'Bearer ' + account.token },
                    body: JSON.stringify({ protocol: 1, deviceId: account.deviceId, submissions: JSON.parse(submissions) }) });
                  return response.status;
                }""", java.util.List.of(account, submissions));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }

    private void inject(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(checks));
    }

    private static final java.util.Set<String> FIELD_ROLES = java.util.Set.of(
            "textbox", "radio", "checkbox", "combobox", "searchbox", "spinbutton", "slider", "switch", "listbox");

    /**
     * Every form field as the browser's accessibility tree exposes it to screen readers (Chromium over CDP): role,
     * name, required, invalid, checked and the description (hint, error message) – what ariaSnapshot leaves out.
     */
    private static String fields(Page page) {
        var cdp = page.context().newCDPSession(page);
        try {
            var tree = JSON.readTree(cdp.send("Accessibility.getFullAXTree").toString());
            var out = new StringBuilder();
            for (JsonNode node : tree.path("nodes")) {
                String role = node.path("role").path("value").asString("");
                if (node.path("ignored").asBoolean() || !FIELD_ROLES.contains(role)) {
                    continue;
                }
                out.append(role)
                        .append(" \"")
                        .append(node.path("name").path("value").asString(""))
                        .append('"');
                for (JsonNode property : node.path("properties")) {
                    String key = property.path("name").asString();
                    String value = property.path("value").path("value").asString("");
                    switch (key) {
                        case "required" -> out.append(value.equals("true") ? " required" : "");
                        case "invalid" -> out.append(value.equals("false") ? "" : " invalid");
                        case "checked" -> out.append(value.equals("true") ? " checked" : "");
                        case "disabled" -> out.append(value.equals("true") ? " disabled" : "");
                        default -> {}
                    }
                }
                String description = node.path("description").path("value").asString("");
                if (!description.isBlank()) {
                    out.append(" – described as \"").append(description.strip()).append('"');
                }
                out.append('\n');
            }
            return out.toString();
        } finally {
            cdp.detach();
        }
    }

    /**
     * Tabs from the top of the page to the end: the order must match the golden, every interactive element must be
     * reached, each focused element must look different from itself unfocused (a visible indicator) and must not be
     * covered by anything (a sticky bar).
     */
    private void tabOrder(Page page, String name) throws IOException {
        page.evaluate("""
                () => { window.__audit.resetReached(); window.scrollTo(0, 0);
                  const start = document.createElement('span'); start.tabIndex = -1; start.id = 'audit-start';
                  document.body.prepend(start); start.focus(); }""");
        List<String> order = new ArrayList<>();
        List<String> notVisible = new ArrayList<>();
        List<String> obscured = new ArrayList<>();
        String first = null;
        // The page as it looks before each Tab: the screenshot taken after the last one (only script that reads runs in
        // between), so each stop costs one screenshot, not two
        java.awt.image.BufferedImage before = null;
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            if (before == null) {
                before = image(page.screenshot(QUIET));
            }
            Object scrollBefore = page.evaluate("() => [scrollX, scrollY].join()");
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            var focus = (Map<String, Object>) page.evaluate("() => window.__audit.describeFocus()");
            if (focus == null) {
                break;
            }
            String stop = focus.get("role") + " \"" + focus.get("name") + "\"";
            String where = stop + "@" + focus.get("x") + "," + focus.get("y");
            if (where.equals(first)) {
                break;
            }
            if (first == null) {
                first = where;
            }
            order.add(stop);
            Object cover = page.evaluate("() => window.__audit.focusObscuredBy()");
            if (cover != null) {
                obscured.add(stop + " is covered by " + cover);
            }
            boolean sameScroll = scrollBefore.equals(page.evaluate("() => [scrollX, scrollY].join()"));
            if (sameScroll) {
                var after = image(page.screenshot(QUIET));
                if (!differs(before, after, focus)) {
                    notVisible.add(stop);
                }
                before = after;
            } else {
                if (!focusLooksDifferent(page, focus)) {
                    notVisible.add(stop);
                }
                before = null;
            }
        }
        page.evaluate("() => document.getElementById('audit-start')?.remove()");
        // Normalised like the other goldens: a meeting's date is the day the demo data placed it, relative to the run's
        // day, so an un-normalised "Tuesday, 8 December 2026" failed every run made on another day.
        record(
                name,
                "tab order matches the golden",
                golden(name + ".tab-order.txt", normalise(String.join("\n", order) + "\n")));
        record(
                name,
                "every interactive element is reached by Tab",
                strings(page.evaluate("() => window.__audit.unreached()")));
        record(
                name,
                "focus is visible on every tab stop",
                notVisible.stream().map(s -> "no visible focus: " + s).toList());
        record(name, "focus is not hidden by sticky content", obscured);
    }

    private static final Page.ScreenshotOptions QUIET = new Page.ScreenshotOptions()
            .setAnimations(ScreenshotAnimations.DISABLED)
            .setCaret(com.microsoft.playwright.options.ScreenshotCaret.HIDE);

    /** Whether the focused element's box (and 4 px around it) looks different after the Tab than before it. */
    private static boolean differs(
            java.awt.image.BufferedImage a, java.awt.image.BufferedImage b, Map<String, Object> focus) {
        int x0 = Math.max(0, (int) ((Number) focus.get("x")).doubleValue() - 4);
        int y0 = Math.max(0, (int) ((Number) focus.get("y")).doubleValue() - 4);
        int x1 = Math.min(
                a.getWidth(),
                (int) (((Number) focus.get("x")).doubleValue() + ((Number) focus.get("width")).doubleValue()) + 4);
        int y1 = Math.min(
                a.getHeight(),
                (int) (((Number) focus.get("y")).doubleValue() + ((Number) focus.get("height")).doubleValue()) + 4);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.awt.image.BufferedImage image(byte[] png) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * When focusing scrolled the page: a screenshot of the focused element (and 4 px around it) differs from one
     * with focus moved off it.
     */
    private boolean focusLooksDifferent(Page page, Map<String, Object> focus) {
        double x = ((Number) focus.get("x")).doubleValue() - 4;
        double y = ((Number) focus.get("y")).doubleValue() - 4;
        double w = ((Number) focus.get("width")).doubleValue() + 8;
        double h = ((Number) focus.get("height")).doubleValue() + 8;
        var size = page.viewportSize();
        x = Math.max(0, x);
        y = Math.max(0, y);
        w = Math.min(w, size.width - x);
        h = Math.min(h, size.height - y);
        if (w < 1 || h < 1) {
            return false; // off screen while focused
        }
        var clip = new Page.ScreenshotOptions()
                .setClip(x, y, w, h)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setCaret(com.microsoft.playwright.options.ScreenshotCaret.HIDE);
        byte[] focused = page.screenshot(clip);
        page.evaluate("() => { window.__auditFocused = window.__audit.deepActive();"
                + " document.getElementById('audit-start').focus(); }");
        byte[] unfocused = page.screenshot(clip);
        page.evaluate("() => window.__auditFocused.focus()");
        return !Arrays.equals(focused, unfocused);
    }

    /** axe's WCAG 2.2 AA rules, or only those about colour (contrast, links told apart by colour alone). */
    private static List<String> axe(Page page, JsonNode known, boolean colourOnly) {
        List<String> findings = new ArrayList<>();
        var violations = colourOnly
                ? Browser.axe(page, List.of(), COLOUR_RULES)
                : Browser.axe(page, Browser.WCAG_TAGS, List.of());
        for (var rule : violations) {
            for (String target : rule.targets()) {
                String line = rule.id() + " (" + rule.impact() + "): " + rule.help() + " at " + target;
                boolean isKnown = false;
                for (JsonNode k : known) {
                    if (k.path("rule").asString().equals(rule.id())
                            && target.contains(k.path("target").asString())) {
                        isKnown = true;
                    }
                }
                if (!isKnown) {
                    findings.add(line);
                }
            }
        }
        return findings;
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate("() => window.__audit.horizontalOverflow()")).intValue();
    }

    private static List<String> clipped(Page page) {
        return strings(page.evaluate("() => window.__audit.clipped()"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null
                ? List.of()
                : ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    /** Compares with the golden file, or writes it when updating (a missing golden is a failure otherwise). */
    private static List<String> golden(String file, String actual) throws IOException {
        Path path = EXPECTED.resolve(file);
        Files.createDirectories(OUT.resolve("actual"));
        Files.writeString(OUT.resolve("actual").resolve(file), actual);
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(path, actual);
            return List.of();
        }
        if (!Files.exists(path)) {
            return List.of("no golden " + path + " (run with WITHUS_AUDIT_UPDATE=1 and review it)");
        }
        String expected = Files.readString(path, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return List.of();
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "(nothing)";
            String g = i < got.size() ? got.get(i) : "(nothing)";
            if (!w.equals(g)) {
                return List.of("line " + (i + 1) + ": expected «" + w.strip() + "» but got «" + g.strip()
                        + "» (actual in target/accessibility-audit/actual/" + file + ")");
            }
        }
        return List.of("differs");
    }

    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s?(am|pm)?\\b");
    private static final Pattern DATE =
            Pattern.compile("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*( \\d{4})?\\b");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern REFERENCE = Pattern.compile("WU-[0-9A-F]{4}-[0-9A-F]{4}");
    private static final Pattern BYTES = Pattern.compile("\\b\\d+(\\.\\d+)? (KB|MB|GB|bytes)\\b");
    /** A one-time set-up code (AccountService's letters) and a username made from a name and four digits. */
    private static final Pattern CODE = Pattern.compile("\\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\\b");

    private static final Pattern MADE_USERNAME = Pattern.compile("\\b([a-z]{2,12})\\d{4}\\b");

    /** Dates, times, references and sizes change from run to run; roles, names and states must not. */
    static String normalise(String snapshot) {
        String s = TIME.matcher(snapshot).replaceAll("{time}");
        s = DATE.matcher(s).replaceAll("{date}");
        s = WEEKDAY.matcher(s).replaceAll("{weekday}");
        s = REFERENCE.matcher(s).replaceAll("{reference}");
        s = BYTES.matcher(s).replaceAll("{size}");
        s = CODE.matcher(s).replaceAll("{code}");
        s = MADE_USERNAME.matcher(s).replaceAll("$1{digits}");
        return s.endsWith("\n") ? s : s + "\n";
    }

    private void titlesAreUnique() {
        Map<String, List<String>> byTitle = new LinkedHashMap<>();
        titleByUrl.forEach((url, title) -> byTitle.computeIfAbsent(title, k -> new ArrayList<>())
                .add(screenByUrl.get(url) + " " + url.replaceFirst("^https?://[^/]+", "")));
        List<String> clashes = byTitle.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> "'" + e.getKey() + "' on " + String.join(", ", e.getValue()))
                .toList();
        record("(all pages)", "page titles unique per page", clashes);
    }

    private void record(String screen, String check, List<String> findings) {
        results.add(new Result(screen, check, findings.isEmpty(), findings));
    }
}
