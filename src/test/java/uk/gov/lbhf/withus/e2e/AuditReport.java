package uk.gov.lbhf.withus.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit's report: target/accessibility-audit/audit.json (machine checks), orca.json (what the screen reader
 * said on each journey) and report.html, which shows both so a person can read what the app sounds like. Each
 * audit test writes its own JSON and then rebuilds the page from whatever JSON is there.
 */
final class AuditReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditReport() {}

    static void writeChecks(
            Path out,
            List<AccessibilityAuditIT.Result> results,
            int screens,
            long seconds,
            Map<String, Long> secondsByPass,
            Map<String, Long> secondsByPart)
            throws IOException {
        Files.createDirectories(out);
        ObjectNode root = JSON.createObjectNode();
        root.put("generatedAt", Instant.now().toString());
        root.put("screens", screens);
        root.put("checks", results.size());
        root.put("failed", results.stream().filter(r -> !r.passed()).count());
        root.put("seconds", seconds);
        root.set("secondsByLanguage", JSON.valueToTree(secondsByPass));
        root.set("secondsByPart", JSON.valueToTree(secondsByPart));
        root.set("results", JSON.valueToTree(results));
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve("audit.json").toFile(), root);
        writeHtml(out);
    }

    static void writeTranscripts(Path out, Object journeys, long seconds) throws IOException {
        Files.createDirectories(out);
        ObjectNode root = JSON.createObjectNode();
        root.put("generatedAt", Instant.now().toString());
        root.put("seconds", seconds);
        root.set("journeys", JSON.valueToTree(journeys));
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve("orca.json").toFile(), root);
        writeHtml(out);
    }

    static void writeHtml(Path out) throws IOException {
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Accessibility audit report – WithUs</title>
                <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:75rem;margin:1rem auto;padding:0 1rem}
                table{border-collapse:collapse;width:100%}th,td{border:1px solid #505a5f;padding:.25rem .5rem;
                text-align:left;vertical-align:top}.fail{background:#f6d7d2}.pass{background:#cce2d8}
                pre{white-space:pre-wrap}</style></head><body><main><h1>Accessibility audit report – WithUs</h1>
                """);
        Path audit = out.resolve("audit.json");
        if (Files.exists(audit)) {
            JsonNode root = JSON.readTree(audit.toFile());
            html.append("<h2>Machine checks</h2><p>")
                    .append(root.path("screens").asInt())
                    .append(" screens, ")
                    .append(root.path("checks").asInt())
                    .append(" checks, <strong>")
                    .append(root.path("failed").asInt())
                    .append(" failed</strong>, in ")
                    .append(root.path("seconds").asLong())
                    .append(" s (")
                    .append(esc(root.path("generatedAt").asString()))
                    .append(").</p>");
            Map<String, StringBuilder> byScreen = new LinkedHashMap<>();
            for (JsonNode r : root.path("results")) {
                boolean passed = r.path("passed").asBoolean();
                var rows = byScreen.computeIfAbsent(r.path("screen").asString(), k -> new StringBuilder());
                rows.append("<tr class=\"")
                        .append(passed ? "pass" : "fail")
                        .append("\"><td>")
                        .append(esc(r.path("check").asString()))
                        .append("</td><td>")
                        .append(passed ? "Pass" : "Fail")
                        .append("</td><td>");
                for (JsonNode f : r.path("findings")) {
                    rows.append(esc(f.asString())).append("<br>");
                }
                rows.append("</td></tr>");
            }
            byScreen.forEach((screen, rows) -> html.append("<h3>")
                    .append(esc(screen))
                    .append("</h3>")
                    .append("<table><thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Result</th>")
                    .append("<th scope=\"col\">Findings</th></tr></thead><tbody>")
                    .append(rows)
                    .append("</tbody></table>"));
        } else {
            html.append("<p>The machine checks have not run.</p>");
        }
        Path orca = out.resolve("orca.json");
        html.append("<h2>What Orca said</h2>");
        if (Files.exists(orca)) {
            JsonNode root = JSON.readTree(orca.toFile());
            html.append("<p>")
                    .append(root.path("journeys").size())
                    .append(" journeys in ")
                    .append(root.path("seconds").asLong())
                    .append(" s.</p>");
            for (JsonNode journey : root.path("journeys")) {
                html.append("<h3>").append(esc(journey.path("name").asString())).append("</h3><ol>");
                for (JsonNode step : journey.path("steps")) {
                    boolean passed = step.path("passed").asBoolean();
                    html.append("<li class=\"")
                            .append(passed ? "pass" : "fail")
                            .append("\"><strong>")
                            .append(esc(step.path("action").asString()))
                            .append("</strong> – expected: ")
                            .append(esc(String.valueOf(step.path("expected"))))
                            .append(passed ? " – heard" : " – NOT heard")
                            .append("<pre>")
                            .append(esc(step.path("heard").asString()))
                            .append("</pre></li>");
                }
                html.append("</ol>");
            }
        } else {
            html.append("<p>The screen-reader journeys have not run.</p>");
        }
        html.append("</main></body></html>\n");
        Files.writeString(out.resolve("report.html"), html);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
