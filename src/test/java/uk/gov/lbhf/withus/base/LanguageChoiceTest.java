package uk.gov.lbhf.withus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.testsupport.AppTest;

/**
 * The language choice: the link on every page keeps it on the device (a cookie, read by the offline app too) and with
 * a signed-in person's account; which language a request gets (account, then device, then browser, then English);
 * the manifest and the offline page in it.
 */
@AppTest
class LanguageChoiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleService people;

    @Autowired
    LanguageChoice choice;

    @Test
    void the_link_keeps_the_choice_on_the_device_and_goes_back_to_the_page() throws Exception {
        mvc.perform(get("/language/ar").param("to", "/groups?x=1"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/groups?x=1"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("withus-lang=ar")))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("SameSite=Lax")));
    }

    @Test
    void it_goes_back_only_to_a_page_of_this_site() throws Exception {
        for (String elsewhere :
                new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "groups"}) {
            mvc.perform(get("/language/pl").param("to", elsewhere))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", "/"));
        }
    }

    @Test
    void a_language_withus_is_not_written_in_is_a_clear_404_problem() throws Exception {
        mvc.perform(get("/language/xx"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("unknown-language"))
                .andExpect(jsonPath("$.languages.length()").value(7));
        mvc.perform(get("/language/AR")).andExpect(status().isNotFound());
    }

    @Test
    void a_signed_in_persons_choice_is_kept_with_their_account_and_wins_over_the_device() throws Exception {
        mvc.perform(get("/language/pl").with(user(people.loadUserByUsername("devinder"))))
                .andExpect(status().isSeeOther());
        assertThat(people.languageOf("devinder")).contains("pl");

        var request = new MockHttpServletRequest();
        request.setCookies(new Cookie(Languages.COOKIE, "ar"));
        request.addHeader("Accept-Language", "fr-FR,fr;q=0.9");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "devinder", null, people.loadUserByUsername("devinder").getAuthorities()));
        try {
            assertThat(choice.of(request).tag()).isEqualTo("pl");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(choice.of(request).tag())
                .as("signed out: the device's choice")
                .isEqualTo("ar");
    }

    @Test
    void a_signed_in_persons_device_follows_their_accounts_language_so_the_offline_app_does_too() {
        var polish = Languages.find("pl").orElseThrow();
        var arabicDevice = new MockHttpServletRequest();
        arabicDevice.setCookies(new Cookie(Languages.COOKIE, "ar"));
        var signedOut = new org.springframework.mock.web.MockHttpServletResponse();
        choice.keepOnDevice(polish, arabicDevice, signedOut);
        assertThat(signedOut.getHeaders("Set-Cookie"))
                .as("signed out: the device keeps its own")
                .isEmpty();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "devinder", null, people.loadUserByUsername("devinder").getAuthorities()));
        try {
            var response = new org.springframework.mock.web.MockHttpServletResponse();
            choice.keepOnDevice(polish, arabicDevice, response);
            assertThat(response.getHeader("Set-Cookie")).startsWith(Languages.COOKIE + "=pl;");
            assertThat(response.getHeader("Set-Cookie"))
                    .doesNotContainIgnoringCase("HttpOnly"); // the offline app reads it
            var polishDevice = new MockHttpServletRequest();
            polishDevice.setCookies(new Cookie(Languages.COOKIE, "pl"));
            var unchanged = new org.springframework.mock.web.MockHttpServletResponse();
            choice.keepOnDevice(polish, polishDevice, unchanged);
            assertThat(unchanged.getHeaders("Set-Cookie")).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void without_a_choice_the_browsers_preference_is_the_first_guess_and_english_the_fallback() {
        var request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "de-DE,de;q=0.9,so;q=0.8,en;q=0.5");
        assertThat(choice.of(request).tag()).isEqualTo("so");
        var german = new MockHttpServletRequest();
        german.addHeader("Accept-Language", "de-DE");
        assertThat(choice.of(german).tag()).isEqualTo("en");
        var broken = new MockHttpServletRequest();
        broken.addHeader("Accept-Language", ";;q=x");
        assertThat(choice.of(broken).tag()).isEqualTo("en");
        var unknownCookie = new MockHttpServletRequest();
        unknownCookie.setCookies(new Cookie(Languages.COOKIE, "klingon"));
        unknownCookie.addHeader("Accept-Language", "es");
        assertThat(choice.of(unknownCookie).tag()).isEqualTo("es");
    }

    @Test
    void the_manifest_and_the_offline_page_are_in_the_devices_language_and_direction() throws Exception {
        mvc.perform(get("/manifest.webmanifest").cookie(new Cookie(Languages.COOKIE, "ar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("ar"))
                .andExpect(jsonPath("$.dir").value("rtl"))
                .andExpect(jsonPath("$.name").value("WithUs – الإنتاج المشترك مع السكان"));
        mvc.perform(get("/manifest.webmanifest"))
                .andExpect(jsonPath("$.lang").value("en-GB"))
                .andExpect(jsonPath("$.dir").value("ltr"));
        String page = mvc.perform(get("/offline.html").cookie(new Cookie(Languages.COOKIE, "pl")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"pl-PL\" dir=\"ltr\">", "<h1>Brak połączenia</h1>");
        String arabic = mvc.perform(get("/offline.html").header("Accept-Language", "ar"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "أنت غير متصل");
    }
}
