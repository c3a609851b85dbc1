package uk.gov.lbhf.withus.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The web app's protections as a browser or an attacker meets them, over real HTTP (Tomcat's forwarded-header
 * valve, the security chain, the session cookie): headers, TLS behind a proxy, no session for anonymous requests,
 * password guessing throttled the same for known and unknown usernames, the API description for staff only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityHttpAppTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void pages_carry_a_content_security_policy_referrer_and_permissions_policy() throws Exception {
        var response = get("/login", List.of());
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("microphone=(self)", "geolocation=()"));
        assertThat(response.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax"));
    }

    @Test
    void behind_a_tls_proxy_cookies_are_secure_redirects_stay_https_and_hsts_is_sent() throws Exception {
        var response = get("/groups", List.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure"));
        assertThat(get("/login", List.of()).headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();
    }

    @Test
    void an_anonymous_request_for_a_protected_page_creates_no_session() throws Exception {
        var response = get("/groups", List.of());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID"))
                .anyMatch(c -> c.startsWith("REDIRECT_URI"));
    }

    @Test
    void after_five_failed_sign_ins_even_the_right_password_waits_and_unknown_usernames_are_treated_alike()
            throws Exception {
        for (String username : List.of("leon", "nobody-by-this-name")) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(username, "wrong-" + i)).endsWith("/login?error");
            }
            assertThat(signIn(username, "WithUs-demo-2026")).as(username).endsWith("/login?error&throttled");
        }
        assertThat(signIn("amara", "WithUs-demo-2026"))
                .as("another account is not held up")
                .doesNotContain("error");
    }

    @Test
    void the_api_description_is_not_public() throws Exception {
        var response = get("/v3/api-docs", List.of());
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("/api/sync/v1/push");
    }

    @Test
    void a_jar_started_for_real_has_no_demo_accounts_unless_asked() throws Exception {
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(shipped.getProperty("withus.demo.enabled")).isEqualTo("${WITHUS_DEMO:false}");
    }

    private HttpResponse<String> get(String path, List<String> headers) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a browser does; returns where the server sends the browser next. */
    private String signIn(String username, String password) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
