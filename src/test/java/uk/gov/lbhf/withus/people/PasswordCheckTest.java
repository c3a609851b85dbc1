package uk.gov.lbhf.withus.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The password rules, with the breach list served by a local HTTP server speaking Have I Been Pwned's range API (what
 * the real one answers: SHA-1 suffixes with their counts for a 5-character prefix). Only the prefix leaves us.
 */
class PasswordCheckTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String breachList(String... breached) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/range/", exchange -> {
            String prefix = exchange.getRequestURI().getPath().substring("/range/".length());
            asked.add(prefix);
            var body = new StringBuilder("0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n");
            for (String password : breached) {
                String sha1 = sha1(password);
                if (sha1.startsWith(prefix)) {
                    body.append(sha1.substring(5)).append(":52579\r\n");
                }
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/range/";
    }

    private static String sha1(String text) throws IOException {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    @Test
    void a_password_in_a_breach_is_refused_and_only_five_characters_of_its_hash_are_sent() throws Exception {
        String breachedButStrong = "violet tambourine harbour";
        var check = new PasswordCheck(breachList(breachedButStrong));
        assertThat(check.check(breachedButStrong, "Amara", "amara@example.org"))
                .contains(PasswordCheck.Problem.PASSWORD_BREACHED);
        assertThat(asked).containsExactly(sha1(breachedButStrong).substring(0, 5));
        assertThat(check.check("kettle lighthouse marmalade", "Amara", "amara@example.org"))
                .isEmpty();
    }

    @Test
    void when_the_breach_list_cannot_be_reached_the_other_rules_still_apply() throws Exception {
        String url = breachList();
        server.stop(0);
        server = null;
        var check = new PasswordCheck(url);
        assertThat(check.check("kettle lighthouse marmalade", "Amara", null)).isEmpty();
        assertThat(check.check("letmein1", "Amara", null)).contains(PasswordCheck.Problem.PASSWORD_COMMON);
    }

    @Test
    void common_short_and_own_name_passwords_are_refused_without_the_breach_list() {
        var check = new PasswordCheck("");
        assertThat(check.check("", "A", null)).contains(PasswordCheck.Problem.PASSWORD_MISSING);
        assertThat(check.check("Tr0ub4!", "A", null)).contains(PasswordCheck.Problem.PASSWORD_TOO_SHORT);
        assertThat(check.check("iloveyou", "A", null)).contains(PasswordCheck.Problem.PASSWORD_COMMON);
        assertThat(check.check("P@ssw0rd", "A", null).orElseThrow())
                .as("common with the usual swaps")
                .isIn(PasswordCheck.Problem.PASSWORD_COMMON, PasswordCheck.Problem.PASSWORD_EASY_TO_GUESS);
        assertThat(check.check("aaaaaaaaaa", "A", null)).contains(PasswordCheck.Problem.PASSWORD_EASY_TO_GUESS);
        assertThat(check.check("featherstonehaugh", "Marigold Featherstonehaugh", "m.f@example.org"))
                .contains(PasswordCheck.Problem.PASSWORD_LIKE_NAME);
        assertThat(check.check("featherstonehaugh", "Amara Khan", null))
                .as("the same word is fine for someone of another name")
                .isEqualTo(Optional.empty());
        // three random words, or a long passphrase in another language and script, are fine
        assertThat(check.check("kettle lighthouse marmalade", "Amara", null)).isEmpty();
        assertThat(check.check("شمس بحر جبل قمر", "Amara", null)).isEmpty();
    }
}
