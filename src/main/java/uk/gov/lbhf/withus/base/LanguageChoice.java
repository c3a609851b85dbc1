package uk.gov.lbhf.withus.base;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.lbhf.withus.base.Languages.Language;

/**
 * Which language a request is answered in: the signed-in person's own choice (kept with their account), else the
 * device's (the {@value Languages#COOKIE} cookie, which the offline app sets too), else the browser's preference
 * (Accept-Language), else English.
 */
@Component
public class LanguageChoice {

    private final ObjectProvider<AccountLanguages> accounts;

    LanguageChoice(ObjectProvider<AccountLanguages> accounts) {
        this.accounts = accounts;
    }

    public Language of(HttpServletRequest request) {
        Optional<Language> account = signedIn()
                .flatMap(name -> accounts.getIfAvailable() == null
                        ? Optional.empty()
                        : accounts.getObject().languageOf(name))
                .flatMap(Languages::find);
        if (account.isPresent()) {
            return account.get();
        }
        return deviceChoice(request).orElseGet(() -> Languages.bestFor(request.getHeader("Accept-Language")));
    }

    /** The device's own choice, from its cookie. */
    public static Optional<Language> deviceChoice(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    return Languages.find(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The device follows the language the page is in (the account's, where the person chose one on another device):
     * the offline app, which has no server to ask, reads the same cookie. Nothing is sent when it already holds it.
     */
    public void keepOnDevice(Language language, HttpServletRequest request, HttpServletResponse response) {
        if (!deviceChoice(request).equals(Optional.of(language)) && signedIn().isPresent()) {
            response.addHeader("Set-Cookie", cookie(language, request).toString());
        }
    }

    private static ResponseCookie cookie(Language language, HttpServletRequest request) {
        return ResponseCookie.from(Languages.COOKIE, language.tag())
                .path("/")
                .maxAge(Duration.ofDays(400))
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
    }

    /** Keeps a choice on the device and, for a signed-in person, with their account. */
    void choose(Language language, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(Languages.COOKIE, language.tag())
                .path("/")
                .maxAge(Duration.ofDays(400))
                .sameSite("Lax")
                .secure(request.isSecure())
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
        signedIn().ifPresent(name -> {
            AccountLanguages store = accounts.getIfAvailable();
            if (store != null) {
                store.choose(name, language.tag());
            }
        });
    }

    private static Optional<String> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }
}
