package uk.gov.lbhf.withus.rights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeButton;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.lbhf.withus.people.PeopleService;
import uk.gov.lbhf.withus.people.Role;
import uk.gov.lbhf.withus.testsupport.AppTest;

/** The erasure pages as a person uses them: the preview, the confirmation that must be ticked, the errors. */
@AppTest
class ErasureViewsTest extends uk.gov.lbhf.withus.testsupport.BrowserlessInEnglish {

    private static final String RESIDENT = "erase-view-resident";
    private static final String PHONED = "erase-view-phoned";

    @Autowired
    PeopleService people;

    @BeforeEach
    void accounts() {
        for (String username : new String[] {RESIDENT, PHONED}) {
            if (people.account(username).isEmpty()) {
                people.createAccount(username, "Robin Example", "a long enough password 42", Set.of(Role.RESIDENT));
            }
        }
    }

    @Test
    @WithUserDetails(value = RESIDENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_resident_sees_what_goes_and_what_stays_must_tick_the_box_and_then_the_account_is_gone() {
        navigate(EraseAccountView.class);
        String page = getCurrentView().getElement().getOuterHTML();
        assertThat(page)
                .contains(
                        "What will be deleted",
                        "Your account: your username, your name and your password.",
                        "What is kept, without your name, and why",
                        "will not reach the council");
        NativeButton erase = button("Erase my account");
        test(erase).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(
                        "There is a problem",
                        "Tick the box to confirm that you want your account erased",
                        "aria-invalid=\"true\"");
        assertThat(people.account(RESIDENT)).as("not erased without the tick").isPresent();

        element("erase-confirm").setProperty("checked", true);
        test(erase).click();
        assertThat(people.account(RESIDENT)).isEmpty();
    }

    @Test
    @WithUserDetails("sam")
    void the_team_erases_for_a_resident_who_phoned_each_missing_answer_named_at_its_field() {
        navigate(ErasureRequestsView.class);
        test(button("Find the account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("Enter the username of the account to erase");
        element("erasure-username").setProperty("value", "nobody-at-all");
        test(button("Find the account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("No account has that username");

        element("erasure-username").setProperty("value", PHONED);
        test(button("Find the account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("What erasing this account will do")
                .doesNotContain("No account has that username");
        test(button("Erase this account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(
                        "Select how the request reached the council",
                        "Enter the date the request was received",
                        "Confirm that you have checked the request comes from the person whose account this is");
        assertThat(people.account(PHONED)).isPresent();

        element("erasure-date-day").setProperty("value", "31");
        element("erasure-date-month").setProperty("value", "2");
        element("erasure-date-year").setProperty("value", "2026");
        element("erasure-checked").setProperty("checked", true);
        test(button("Erase this account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("Enter the date the request was received, as a real date");
        element("erasure-date-day").setProperty("value", "1");
        element("erasure-date-month").setProperty("value", "1");
        element("erasure-date-year").setProperty("value", "2999");
        element("erasure-checked").setProperty("checked", true);
        test(button("Erase this account")).click();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains("The date the request was received must be today or in the past");
        assertThat(people.account(PHONED)).isPresent();

        element("erasure-date-day").setProperty("value", "30");
        element("erasure-date-month").setProperty("value", "11");
        element("erasure-date-year").setProperty("value", "2026");
        choose("erasure-channel-2");
        long number = people.account(PHONED).orElseThrow().personId();
        test(button("Erase this account")).click();
        assertThat(people.account(PHONED)).isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML())
                .contains(
                        "Account number " + number + " has been erased",
                        "Erased by sam; asked by phone, on 30 November 2026");
    }

    private NativeButton button(String text) {
        return $(NativeButton.class).all().stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
