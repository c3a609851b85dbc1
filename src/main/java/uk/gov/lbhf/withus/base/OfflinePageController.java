package uk.gov.lbhf.withus.base;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page the service worker shows when a page cannot be loaded (no network, or the server is down). Plain,
 * self-contained HTML from the translation bundle; precached by the service worker while online.
 */
@RestController
class OfflinePageController {

    static final String PATH = "/offline.html";

    private final LanguageChoice choice;

    OfflinePageController(LanguageChoice choice) {
        this.choice = choice;
    }

    /** In the device's language, as it was when the service worker kept it. */
    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String offlinePage(jakarta.servlet.http.HttpServletRequest request) {
        Languages.Language language = choice.of(request);
        Locale t = language.locale();
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – WithUs</title>
                <style>
                  html { font-family: Arial, sans-serif; font-size: 100%%; line-height: 1.5; color: #0b0c0c; background: #fff; }
                  body { margin: 0; }
                  header { background: #00594f; color: #fff; padding: .75rem 1rem; font-size: 1.5rem; font-weight: 700; }
                  main { max-width: 40rem; margin: 0 auto; padding: 1rem; font-size: 1.1875rem; }
                  a { color: #1d59a0; }
                  a:focus-visible { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 4px #0b0c0c; }
                  @media (prefers-color-scheme: dark) { html { color: #f3f2f1; background: #121414; } a { color: #8fc1ff; } }
                </style>
                </head>
                <body>
                <header>%s</header>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="./">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(
                        t.toLanguageTag(),
                        language.dir(),
                        esc(t, "offline.title"),
                        esc(t, "app.name"),
                        esc(t, "offline.heading"),
                        esc(t, "offline.body"),
                        esc(t, "offline.retry"));
    }

    private static String esc(Locale locale, String key) {
        return HtmlUtils.htmlEscape(Translations.text(locale, key));
    }
}
