package uk.gov.lbhf.withus.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.lbhf.withus.base.api.ApiProblem;

/**
 * {@code /language/ar?to=/groups}: the language choice on every page is a plain link to here, so it works without
 * scripts. Keeps the choice (device and account) and goes back to the page, which is then written in it.
 */
@RestController
class LanguageController {

    static final String PATH = "/language/";

    private final LanguageChoice choice;

    LanguageController(LanguageChoice choice) {
        this.choice = choice;
    }

    @GetMapping(PATH + "{tag}")
    ResponseEntity<?> choose(
            @PathVariable String tag,
            @RequestParam(name = "to", required = false) String to,
            HttpServletRequest request,
            HttpServletResponse response) {
        var language = Languages.all().stream().filter(l -> l.tag().equals(tag)).findFirst();
        if (language.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiProblem.of(
                            HttpStatus.NOT_FOUND,
                            "unknown-language",
                            "WithUs is not written in that language",
                            Map.of(
                                    "languages",
                                    Languages.all().stream()
                                            .map(Languages.Language::tag)
                                            .toList())));
        }
        choice.choose(language.get(), request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, request.getContextPath() + safePath(to))
                .build();
    }

    /** Only a path on this site (never another site's address, nor a scheme-relative one). */
    static String safePath(String to) {
        if (to == null
                || !to.startsWith("/")
                || to.startsWith("//")
                || to.contains("\\")
                || to.contains("\r")
                || to.contains("\n")) {
            return "/";
        }
        return to;
    }
}
