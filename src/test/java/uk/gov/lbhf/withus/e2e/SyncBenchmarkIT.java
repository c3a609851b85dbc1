package uk.gov.lbhf.withus.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks in Chromium against the packaged app (run with ./mvnw -Pbenchmark verify; not part of the normal
 * build). Writes target/benchmarks/sync-client.json:
 * draining 200 queued submissions under CDP network emulation of 4G and slow 3G, the gzip size of what the offline
 * app loads, and the offline cold start of the installed shell.
 */
@Tag("benchmark")
class SyncBenchmarkIT extends PackagedAppTest {

    private final Map<String, Object> figures = new LinkedHashMap<>();

    @AfterAll
    void writeFigures() throws Exception {
        Path out = Path.of("target", "benchmarks", "sync-client.json");
        Files.createDirectories(out.getParent());
        var json = new StringBuilder("{\"measuredAt\": \"" + Instant.now() + "\"");
        figures.forEach((k, v) -> json.append(",\n \"")
                .append(k)
                .append("\": \"")
                .append(String.valueOf(v).replace("\"", ""))
                .append('"'));
        Files.writeString(out, json.append("\n}\n").toString());
        System.out.println("sync client benchmark: " + figures);
    }

    @Test
    void drain_200_queued_submissions_on_4g_and_slow_3g() {
        figures.put(
                "drain200_4g_seconds",
                drain("4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up", 150, 1_600_000, 750_000));
        figures.put("drain200_slow3g_seconds", drain("slow 3G: 400 ms RTT, 400 kbit/s", 400, 400_000, 400_000));
        figures.put("drain_targets", "4G <= 10 s, slow 3G <= 30 s");
    }

    private String drain(String name, int latencyMs, int downBits, int upBits) {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "leon");
            page.waitForTimeout(2000); // the device registers and pulls
            page.navigate(app.url("offline/outbox"));
            page.evaluate(DeviceStore.QUEUE_200_ANSWERS);
            page.reload();
            assertThat(page.getByTestId("waiting-count")).hasText("200");
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Network.enable");
            var conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", latencyMs);
            conditions.addProperty("downloadThroughput", downBits / 8);
            conditions.addProperty("uploadThroughput", upBits / 8);
            cdp.send("Network.emulateNetworkConditions", conditions);
            long started = System.nanoTime();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send now"))
                    .click();
            assertThat(page.getByTestId("waiting-count"))
                    .hasText(
                            "0",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(120_000));
            double seconds = (System.nanoTime() - started) / 1e9;
            figures.put("drain200_" + latencyMs + "ms_profile", name);
            return String.format(Locale.ROOT, "%.2f", seconds);
        }
    }

    @Test
    void gzip_size_of_the_offline_app_and_its_offline_cold_start() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "leon");
            page.waitForTimeout(2000);
            List<Response> scripts = new ArrayList<>();
            page.onResponse(r -> {
                if (r.url().endsWith(".js") && r.url().contains("/VAADIN/build/")) {
                    scripts.add(r);
                }
            });
            page.navigate(app.url("offline"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("My groups");
            long ours = 0;
            long vaadin = 0;
            var files = new StringBuilder();
            for (Response r : scripts) {
                long gz = gzip(r.body());
                String file = r.url().substring(r.url().lastIndexOf('/') + 1);
                files.append(file).append('=').append(gz).append(' ');
                if (file.startsWith("Flow") || file.startsWith("generated-flow-imports") || file.startsWith("vaadin")) {
                    vaadin += gz;
                } else {
                    ours += gz;
                }
            }
            figures.put("offlineApp_gzip_kb_all_scripts", String.format(Locale.ROOT, "%.1f", (ours + vaadin) / 1024.0));
            figures.put("offlineApp_gzip_kb_excluding_flow_client", String.format(Locale.ROOT, "%.1f", ours / 1024.0));
            figures.put("offlineApp_scripts", files.toString().trim());
            figures.put("size_target", "<= 170 KB");

            context.setOffline(true);
            Page cold = context.newPage();
            cold.navigate(app.url("offline"));
            cold.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                    .waitFor();
            double ms = ((Number) cold.evaluate("() => performance.now()")).doubleValue();
            figures.put("offlineColdStart_ms_to_heading", String.format(Locale.ROOT, "%.0f", ms));
            figures.put("coldStart_target", "<= 2000 ms");
        }
    }

    private static long gzip(byte[] bytes) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
