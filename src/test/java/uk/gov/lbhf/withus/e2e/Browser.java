package uk.gov.lbhf.withus.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
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
        return axe(page, WCAG_TAGS, List.of()).stream()
                .map(v -> v.id() + " (" + v.impact() + "): " + v.help() + " at " + String.join(", ", v.targets()))
                .collect(Collectors.toList());
    }

    /** One rule axe found broken, and where (each element's selector). */
    record AxeViolation(String id, String impact, String help, List<String> targets) {}

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /**
     * axe-core (the version axe-core-maven-html ships) run in the page itself: its script injected once per document
     * and only violations sent back. AxeBuilder.analyze() injected the whole script on every call, ran axe.runPartial
     * and then opened a second page to finish the run (its cross-origin iframe support, which WithUs has no use for)
     * – the audit's 8 calls a screen spent most of their time there.
     *
     * @param tags the tags whose rules run (or empty)
     * @param rules only these rules (or empty)
     */
    static List<AxeViolation> axe(Page page, List<String> tags, List<String> rules) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
            page.evaluate(AXE_SOURCE);
        }
        String only = rules.isEmpty()
                ? "{\"type\":\"tag\",\"values\":" + JSON.writeValueAsString(tags) + "}"
                : "{\"type\":\"rule\",\"values\":" + JSON.writeValueAsString(rules) + "}";
        String found = (String) page.evaluate(
                "only => window.axe.run(document, { runOnly: JSON.parse(only), resultTypes: ['violations'] })"
                        + ".then(r => JSON.stringify(r.violations))",
                only);
        List<AxeViolation> violations = new java.util.ArrayList<>();
        for (var rule : JSON.readTree(found)) {
            List<String> targets = new java.util.ArrayList<>();
            for (var node : rule.path("nodes")) {
                targets.add(node.path("target").toString());
            }
            violations.add(new AxeViolation(
                    rule.path("id").asString(),
                    rule.path("impact").asString(),
                    rule.path("help").asString(),
                    targets));
        }
        return violations;
    }

    /** axe-core's script, evaluated as it is (as AxeBuilder does): it sets {@code window.axe}. */
    private static final String AXE_SOURCE = AxeBuilder.getAxeScript();

    static int horizontalOverflow(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
