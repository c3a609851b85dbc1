package uk.gov.lbhf.withus.sync;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.lbhf.withus.base.api.ApiProblem;
import uk.gov.lbhf.withus.base.api.ProblemJson;
import uk.gov.lbhf.withus.sync.devices.DeviceService;
import uk.gov.lbhf.withus.sync.devices.RecentSignIns;

/**
 * The sync API authenticates devices, not browser sessions: every call carries {@code Authorization: Bearer
 * <device token>}. Session cookies are never read here, so a cross-site page cannot push as the signed-in person
 * (which is also why CSRF tokens are not needed on this chain).
 */
@Configuration
public class SyncSecurityConfig {

    public static final String API = "/api/sync/**";

    @Bean
    @Order(1)
    public SecurityFilterChain syncApiChain(HttpSecurity http, DeviceService devices, RecentSignIns recent)
            throws Exception {
        http.securityMatcher(API)
                // a device token, and nothing else (no session, no other kind of sign-in), authorizes a sync call
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(authentication.get() != null
                                && authentication.get().getDetails() instanceof DeviceService.AuthenticatedDevice)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(
                                response,
                                401,
                                "unauthenticated",
                                "Sign in on this device again",
                                "This call needs a device token: Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, ex) -> problem(
                                response,
                                401,
                                "unauthenticated",
                                "Sign in on this device again",
                                "This call needs a device token: Authorization: Bearer <token>")))
                .addFilterBefore(new KnownPathsOnly(), BasicAuthenticationFilter.class)
                .addFilterAfter(new DeviceTokenFilter(devices, recent), KnownPathsOnly.class);
        return http.build();
    }

    public static void problem(HttpServletResponse response, int status, String code, String title, String detail)
            throws IOException {
        ProblemDetail problem = ApiProblem.of(HttpStatusCode.valueOf(status), code, detail, Map.of());
        problem.setTitle(title);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemJson.write(problem));
    }

    /**
     * Answers {@code 404 not-found} for any address under the API that is not one of its endpoints, before
     * anything else (otherwise the request would fall through to the web app and get a page as HTML).
     */
    public static final class KnownPathsOnly extends OncePerRequestFilter {

        private static final Pattern ENDPOINTS = Pattern.compile("/api/sync/v1/(ping|push|pull|attachments/[^/]+)");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!ENDPOINTS.matcher(path).matches()) {
                problem(response, 404, "not-found", "Not found", "There is no sync endpoint at this address");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Turns a valid device token into the device owner's authentication; refuses an unknown or revoked one. */
    public static final class DeviceTokenFilter extends OncePerRequestFilter {

        private final DeviceService devices;
        private final RecentSignIns recent;

        DeviceTokenFilter(DeviceService devices, RecentSignIns recent) {
            this.devices = devices;
            this.recent = recent;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            String token = header.substring(7).strip();
            String tokenHash = token.isEmpty() || token.length() > 100 ? "" : Hashes.sha256(token);
            var signed = recent.find(tokenHash);
            if (signed.isEmpty()) {
                signed = devices.signIn(token);
                signed.ifPresent(s -> recent.remember(tokenHash, s));
            }
            if (signed.isEmpty()) {
                problem(
                        response,
                        401,
                        "device-token-refused",
                        "Sign in on this device again",
                        "The device token is unknown or was revoked");
                return;
            }
            var user = signed.get().user();
            var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            authentication.setDetails(signed.get().device());
            SecurityContextHolder.getContext().setAuthentication(authentication);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
