package uk.gov.lbhf.withus.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import uk.gov.lbhf.withus.testsupport.AppTest;

@AppTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("groups", LoginView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sign in to WithUs");
        var form = $(LoginForm.class).single();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("\"username\":\"Email or username\"");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(((LoginView) getCurrentView()).isShowingError()).isFalse();
    }
}
