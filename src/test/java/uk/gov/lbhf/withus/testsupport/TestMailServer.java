package uk.gov.lbhf.withus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) that the tests start, one per test JVM, and what reached it. A test class points
 * WithUs at it with {@link #pointAt} from its {@code @DynamicPropertySource}; each test uses addresses of its own
 * (another test's email may still come in: sending is after commit, off the request's thread).
 */
public final class TestMailServer {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    private TestMailServer() {}

    /** spring.mail.* to this server; links in emails start with https://withus.example. */
    public static void pointAt(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("withus.public-url", () -> "https://withus.example");
    }

    public static void purge() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** What reached this address. */
    public static List<MimeMessage> to(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equalsIgnoreCase(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The one email sent to this address, waiting up to 10 s for it. */
    public static MimeMessage onlyEmail(String address) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (to(address).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(to(address)).as("one email to %s", address).hasSize(1);
        return to(address).getFirst();
    }

    /** Nothing reaches these addresses in the time an email takes here (GreenMail on this machine: milliseconds). */
    public static void noEmailTo(String... addresses) throws InterruptedException {
        Thread.sleep(1_000);
        for (String address : addresses) {
            assertThat(to(address)).as("no email to %s", address).isEmpty();
        }
    }

    /** The email's text (WithUs sends plain text only). */
    public static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }
}
