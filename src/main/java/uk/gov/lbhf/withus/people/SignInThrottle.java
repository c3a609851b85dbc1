package uk.gov.lbhf.withus.people;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing (Bucket4j token buckets, on this server): a few failed sign-ins per username, and more
 * per address (an event hall or library shares one), in a window; past either, sign-in is refused without the
 * password being checked, until the window has passed. A username that does not exist is limited the same way, so
 * the answer never tells whether an account exists. Failed sign-ins are logged without the username (a short hash
 * tells attempts on one account apart) and never with the password.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_KEYS = 100_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Bucket> codes = new ConcurrentHashMap<>();

    SignInThrottle(
            @Value("${withus.sign-in.failures-per-account:5}") int perAccount,
            @Value("${withus.sign-in.failures-per-address:30}") int perAddress,
            @Value("${withus.sign-in.window:PT15M}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Whether a sign-in with this username from this address may be tried now. */
    public boolean allows(String username, String address) {
        boolean allowed = bucket(accounts, key(username), perAccount).getAvailableTokens() > 0
                && bucket(addresses, address, perAddress).getAvailableTokens() > 0;
        if (!allowed) {
            LOG.warn(
                    "Sign-in refused without a check: too many failures (account {}, address {})",
                    fingerprint(username),
                    address);
        }
        return allowed;
    }

    /** Counts a failed sign-in against the username and the address. */
    public void failed(String username, String address) {
        bucket(accounts, key(username), perAccount).tryConsume(1);
        bucket(addresses, address, perAddress).tryConsume(1);
        LOG.info("Sign-in failed (account {}, address {})", fingerprint(username), address);
    }

    /** A successful sign-in clears the account's count (the person remembered); the address keeps its own. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    /**
     * Whether a set-up code may be tried from this address now: a code is short enough to type, so wrong codes are
     * limited per address (as many as sign-ins per account, twice over: people mistype), in the same window.
     */
    public boolean allowsCodeFrom(String address) {
        boolean allowed = bucket(codes, address, perAccount * 2).getAvailableTokens() > 0;
        if (!allowed) {
            LOG.warn("Set-up code refused without a check: too many wrong codes (address {})", address);
        }
        return allowed;
    }

    /** Counts a wrong set-up code against the address. */
    public void wrongCodeFrom(String address) {
        bucket(codes, address, perAccount * 2).tryConsume(1);
        LOG.info("Wrong set-up code (address {})", address);
    }

    /** How long someone refused must wait at most, for the message. */
    public Duration window() {
        return window;
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, window)
                                .build())
                        .build());
    }

    private static String key(String username) {
        String text = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private static String fingerprint(String username) {
        return Integer.toHexString(key(username).hashCode() & 0xfffff);
    }
}
