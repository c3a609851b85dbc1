package uk.gov.lbhf.withus.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.sync.DeviceService;
import uk.gov.lbhf.withus.testsupport.AppTest;

@AppTest
class SyncInboxViewTest extends SpringBrowserlessTest {

    @Autowired
    DeviceService devices;
    @Autowired
    PeopleService people;

    @Test
    @WithUserDetails("priya")
    void an_officer_sees_the_inbox_and_can_revoke_a_device_which_then_cannot_sync() {
        var leon = people.findUser("leon").orElseThrow();
        String label = "Tablet " + UUID.randomUUID().toString().substring(0, 8);
        String token = devices.register(leon, UUID.randomUUID(), label).token();
        assertThat(devices.authenticate(token)).isPresent();

        navigate(SyncInboxView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Sync inbox");
        var revoke = $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals("Revoke " + label + " – Leon Hart")).findFirst().orElseThrow();
        test(revoke).click();

        assertThat(devices.authenticate(token)).as("a revoked token").isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(label, "Revoked");
    }

    @Test
    @WithUserDetails("leon")
    void a_leaseholder_cannot_open_the_sync_inbox() {
        assertThatThrownBy(() -> navigate(SyncInboxView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
