package uk.gov.lbhf.withus.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.lbhf.withus.Application;

/**
 * The web app manifest. Vaadin's @PWA writes the head link and icons, but its manifest cannot mark icons as
 * maskable, so this one (same address, answered before Vaadin's) does, with names from the translation bundle.
 */
@RestController
class WebManifestController {

    static final String PATH = "/manifest.webmanifest";
    private static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    private final LanguageChoice choice;

    WebManifestController(LanguageChoice choice) {
        this.choice = choice;
    }

    /** In the reader's language (the device's choice, else the browser's), with that language's direction. */
    @GetMapping(PATH)
    ResponseEntity<Map<String, Object>> manifest(jakarta.servlet.http.HttpServletRequest request) {
        Languages.Language language = choice.of(request);
        Locale locale = language.locale();
        Map<String, Object> manifest = Map.ofEntries(
                Map.entry("id", "/"),
                Map.entry("name", Translations.text(locale, "app.manifestName")),
                Map.entry("short_name", Translations.text(locale, "app.name")),
                Map.entry("description", Translations.text(locale, "app.description")),
                Map.entry("lang", locale.toLanguageTag()),
                Map.entry("dir", language.dir()),
                Map.entry("start_url", "./"),
                Map.entry("scope", "./"),
                Map.entry("display", "standalone"),
                Map.entry("orientation", "any"),
                Map.entry("theme_color", Application.THEME_COLOUR),
                Map.entry("background_color", "#ffffff"),
                Map.entry("categories", List.of("government", "social")),
                Map.entry(
                        "icons",
                        List.of(
                                icon("icons/icon-192.png", "192x192", "any"),
                                icon("icons/icon.png", "512x512", "any"),
                                icon("icons/icon-192.png", "192x192", "maskable"),
                                icon("icons/icon.png", "512x512", "maskable"),
                                Map.of(
                                        "src",
                                        "icons/icon.svg",
                                        "sizes",
                                        "any",
                                        "type",
                                        "image/svg+xml",
                                        "purpose",
                                        "any"))));
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(CacheControl.noCache())
                .header(org.springframework.http.HttpHeaders.VARY, "Cookie, Accept-Language")
                .body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }
}
