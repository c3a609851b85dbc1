package uk.gov.lbhf.withus.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the username of a failed sign-in, so the sign-in page can show it again and the person only types the
 * password again (WCAG 2.2, 3.3.7 Redundant Entry; GOV.UK does the same). Held in that person's own session only
 * until the sign-in page has read it, and dropped as soon as a sign-in succeeds. The password is never kept.
 */
public final class SignInAttempt extends OncePerRequestFilter {

    private static final String ATTRIBUTE = SignInAttempt.class.getName() + ".username";
    private static final int MAX_LENGTH = 100;

    private final SignInThrottle throttle;

    public SignInAttempt(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** The username of the last failed attempt in this session, once: reading it forgets it. */
    public static Optional<String> takeUsername(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object username = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return username instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null) {
            username = username.strip();
            request.getSession()
                    .setAttribute(
                            ATTRIBUTE, username.length() > MAX_LENGTH ? username.substring(0, MAX_LENGTH) : username);
        }
        String address = request.getRemoteAddr();
        if (!throttle.allows(username, address)) {
            // not even checked: the same answer whether the password is right or not, and whether the account exists
            response.sendRedirect(request.getContextPath() + "/login?error&throttled");
            return;
        }
        chain.doFilter(request, response);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean success =
                signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken);
        HttpSession session = request.getSession(false);
        if (success) {
            throttle.succeeded(username);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        } else {
            throttle.failed(username, address);
        }
    }
}
