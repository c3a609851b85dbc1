package uk.gov.lbhf.withus.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Playwright with the machine's Chromium (Debian's /usr/bin/chromium in CI), and an axe check. */
final class Browser {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private Browser() {}

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.exists(CHROMIUM) ? "1" : "0")));
    }

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (Files.exists(CHROMIUM)) {
            options.setExecutablePath(CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    /** Chromium with an ordinary (not private) profile in {@code userDataDir}: where it would offer to install. */
    static com.microsoft.playwright.BrowserContext ordinaryProfile(Playwright playwright, Path userDataDir) {
        var options = new BrowserType.LaunchPersistentContextOptions()
                .setHeadless(true)
                .setArgs(ARGS);
        if (Files.exists(CHROMIUM)) {
            options.setExecutablePath(CHROMIUM);
        }
        return playwright.chromium().launchPersistentContext(userDataDir, options);
    }

    /** The WCAG 2.2 AA violations axe finds on the page, as readable lines (empty when there are none). */
    static List<String> axeViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    static int horizontalOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
