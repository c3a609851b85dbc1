package uk.gov.lbhf.withus.people;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.web.authentication.password.HaveIBeenPwnedRestApiPasswordChecker;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Whether a new password is good enough, by lists that others keep rather than rules of our own (NCSC's advice: a
 * minimum length and a deny list, no "one capital and one symbol"): at least 8 characters; not one of the 100,000
 * most common passwords nor guessable from them, from words and names, or from the person's own name and email
 * (nbvcxz, a port of zxcvbn: score 2 of 4 or more); and not in a known breach (Have I Been Pwned's range API through
 * Spring Security, which sends only the first 5 characters of the password's SHA-1). If the breach list cannot be
 * reached the other checks still apply and the password is not refused for it.
 */
@Component
class PasswordCheck {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PasswordCheck.class);

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;
    static final int MIN_SCORE = 2;

    /** Why a password is refused: a stable code, its message is the bundle's {@code account.error.<code>}. */
    enum Problem {
        PASSWORD_MISSING("password-missing"),
        PASSWORD_TOO_SHORT("password-too-short"),
        PASSWORD_TOO_LONG("password-too-long"),
        PASSWORD_COMMON("password-common"),
        PASSWORD_EASY_TO_GUESS("password-easy-to-guess"),
        PASSWORD_LIKE_NAME("password-like-name"),
        PASSWORD_BREACHED("password-breached");

        final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    private final List<Dictionary> dictionaries = ConfigurationBuilder.getDefaultDictionaries();
    private final Optional<CompromisedPasswordChecker> breaches;

    PasswordCheck(@Value("${withus.passwords.breached-check-url:}") String breachedCheckUrl) {
        if (breachedCheckUrl.isBlank()) {
            breaches = Optional.empty();
        } else {
            var checker = new HaveIBeenPwnedRestApiPasswordChecker();
            var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build());
            factory.setReadTimeout(Duration.ofSeconds(3));
            checker.setRestClient(RestClient.builder()
                    .baseUrl(breachedCheckUrl)
                    .requestFactory(factory)
                    .build());
            breaches = Optional.of(checker);
        }
    }

    /** The problem with this password for this person (their name and email are not to be in it), if any. */
    Optional<Problem> check(String password, String name, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.PASSWORD_MISSING);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.PASSWORD_TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.PASSWORD_TOO_LONG);
        }
        Result result = new Nbvcxz(new ConfigurationBuilder()
                        .setDictionaries(withOwnWords(name, email))
                        .setMaxLength(MAX_LENGTH)
                        .createConfiguration())
                .estimate(password);
        if (result.getBasicScore() < MIN_SCORE) {
            return Optional.of(kindOf(result));
        }
        return breached(password) ? Optional.of(Problem.PASSWORD_BREACHED) : Optional.empty();
    }

    private boolean breached(String password) {
        if (breaches.isEmpty()) {
            return false;
        }
        try {
            return breaches.get().check(password).isCompromised();
        } catch (RuntimeException e) {
            LOG.warn(
                    "The breached-password list could not be asked ({}): the other checks apply",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** Why a weak password is weak: mostly the person's own words, mostly a common password, or guessable. */
    private static Problem kindOf(Result result) {
        int own = 0;
        int common = 0;
        for (var match : result.getMatches()) {
            if (match instanceof DictionaryMatch d) {
                if ("own-words".equals(d.getDictionaryName())) {
                    own += match.getLength();
                } else if ("passwords".equals(d.getDictionaryName())) {
                    common += match.getLength();
                }
            }
        }
        int length = result.getPassword().length();
        if (own * 2 >= length) {
            return Problem.PASSWORD_LIKE_NAME;
        }
        return common * 2 >= length ? Problem.PASSWORD_COMMON : Problem.PASSWORD_EASY_TO_GUESS;
    }

    private List<Dictionary> withOwnWords(String name, String email) {
        var own = new DictionaryBuilder().setDictionaryName("own-words").setExclusion(true);
        List<String> words = new ArrayList<>();
        for (String text : new String[] {name, email}) {
            if (text != null) {
                String lower = text.toLowerCase(Locale.ROOT);
                // as written and without accents ("Adéyemí" and "adeyemi"), each word and all of them together
                String plain = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                for (String form : new String[] {lower, plain}) {
                    String[] parts = form.split("[^\\p{L}\\p{N}]+");
                    for (String word : parts) {
                        if (word.length() >= 3) {
                            words.add(word);
                        }
                    }
                    String together = String.join("", parts);
                    if (together.length() >= 3) {
                        words.add(together);
                    }
                }
            }
        }
        words.forEach(w -> own.addWord(w, 0));
        List<Dictionary> all = new ArrayList<>(dictionaries);
        if (!words.isEmpty()) {
            all.add(own.createDictionary());
        }
        return all;
    }
}
