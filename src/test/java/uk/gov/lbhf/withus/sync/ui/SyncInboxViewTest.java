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
    @Autowired
    uk.gov.lbhf.withus.sync.PushService push;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    @WithUserDetails("priya")
    void an_officer_marks_a_quarantined_item_as_dealt_with_and_it_leaves_the_list_but_is_kept() {
        var leon = people.findUser("leon").orElseThrow();
        UUID device = UUID.randomUUID();
        devices.register(leon, device, "Leon's phone");
        String id = UUID.randomUUID().toString();
        var batch = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"protocol":1,"deviceId":"%s","submissions":[{"id":"%s","form":{"key":"leaseholder-service","version":42},
                 "capturedAt":"2026-11-20T09:30:00Z","answers":{"service":"Repairs"}}]}""".formatted(device, id));
        push.push(batch, new DeviceService.AuthenticatedDevice(device, leon.personId()), leon);
        String reference = "WU-" + id.replace("-", "").substring(0, 4).toUpperCase() + "-"
                + id.replace("-", "").substring(4, 8).toUpperCase();

        navigate(SyncInboxView.class);
        assertThat(getCurrentView().getElement().getOuterHTML()).contains(reference, "form version not known");
        var resolve = $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals("Mark " + reference + " as dealt with (it stays on record)"))
                .findFirst().orElseThrow();
        test(resolve).click();
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain(reference);
        assertThat(jdbc.queryForObject("select count(*) from sync_quarantine where submission_id = ?"
                + " and resolved_at is not null", Long.class, id)).as("kept, marked as dealt with").isEqualTo(1);
    }

    @Test
    @WithUserDetails("leon")
    void a_leaseholder_cannot_open_the_sync_inbox() {
        assertThatThrownBy(() -> navigate(SyncInboxView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
