package uk.gov.lbhf.withus.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class SignInAttemptTest {

    private final SignInAttempt filter = new SignInAttempt(new SignInThrottle(5, 30, java.time.Duration.ofMinutes(15)));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static MockHttpServletRequest post(String username) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.addParameter("username", username);
        request.addParameter("password", "secret-password");
        return request;
    }

    @Test
    void a_failed_attempt_keeps_the_username_once_and_never_the_password() throws Exception {
        MockHttpServletRequest request = post("  amara ");
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(java.util.Collections.list(request.getSession().getAttributeNames()))
                .as("only the username is kept")
                .hasSize(1);
        assertThat(SignInAttempt.takeUsername(request.getSession())).contains("amara");
        assertThat(SignInAttempt.takeUsername(request.getSession()))
                .as("read once")
                .isEmpty();
    }

    @Test
    void a_successful_sign_in_forgets_it() throws Exception {
        MockHttpServletRequest request = post("amara");
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "amara", null, List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"))));
            }
        });
        assertThat(SignInAttempt.takeUsername(request.getSession())).isEmpty();
    }

    @Test
    void a_very_long_username_is_cut_and_other_requests_are_left_alone() throws Exception {
        MockHttpServletRequest request = post("x".repeat(5_000));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(SignInAttempt.takeUsername(request.getSession()))
                .hasValueSatisfying(u -> assertThat(u).hasSize(100));

        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/sync/push");
        other.setServletPath("/sync/push");
        other.addParameter("username", "amara");
        filter.doFilter(other, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(other.getSession(false))
                .as("no session made for other requests")
                .isNull();
    }
}
