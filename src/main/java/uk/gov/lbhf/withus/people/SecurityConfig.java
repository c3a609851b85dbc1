package uk.gov.lbhf.withus.people;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import uk.gov.lbhf.withus.people.ui.LoginView;

/**
 * Who may open what. Flow views declare their own access (@PermitAll, @RolesAllowed, @AnonymousAllowed);
 * everything else (file downloads, API, actuator) is decided here. Denied by default.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What pages may load and run. Vaadin Flow runs JavaScript that the server sends ({@code new Function}) and
     * sets inline styles, so it needs 'unsafe-eval' and inline styles and scripts; everything comes from this
     * server only, nothing may frame the app, and no plug-ins run. Recordings and photos are played from blob: URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:;"
            + " font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The microphone (voice answers) and camera (photos) for this site only; nothing else. */
    static final String PERMISSIONS_POLICY =
            "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()," + " serial=(), bluetooth=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInThrottle throttle,
            SessionRegistry sessions,
            ObjectProvider<VaadinDefaultRequestCache> vaadinRequestCache)
            throws Exception {
        // Where an anonymous visitor was going (to return there after sign-in) is kept in a cookie, not a session:
        // a request for a protected page creates no session on the server.
        vaadinRequestCache.ifAvailable(cache -> cache.setDelegateRequestCache(new CookieRequestCache()));
        http.authorizeHttpRequests(auth -> auth
                // the container's error page answers a problem (base/api), whoever made the failed request
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers(
                        "/icons/**",
                        "/styles.css",
                        "/offline.html",
                        "/manifest.webmanifest",
                        "/offline",
                        "/offline/**",
                        "/language/**")
                .permitAll()
                // the API description names every endpoint and field: for signed-in staff, not for everyone
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .hasAnyRole("OFFICER", "COPRODUCTION_TEAM")
                .requestMatchers("/files/**")
                .authenticated()
                .requestMatchers("/actuator/**")
                .denyAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // every web session is known by account, so that an erased account's sessions end everywhere at once; only an
        // erasure ends a session this way, so the next request from it lands on the page that says so
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/account-erased"));
        http.addFilterBefore(new SignInAttempt(throttle), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends, so it does not keep ended sessions. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
