package uk.gov.lbhf.withus.people;

import jakarta.annotation.PreDestroy;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.gov.lbhf.withus.base.Languages;
import uk.gov.lbhf.withus.base.Translations;

/**
 * The emails accounts need (confirm an email, reset a password) and the notices other features send a person
 * through {@link PeopleService#emailAfterCommit} (an invitation to a group), through Spring's mail support to the SMTP server
 * that {@code spring.mail.*} names. Each is plain text (read well by every mail program and screen reader, no
 * images, no tracking), in the reader's language, with the link on a line of its own. Sent once the transaction
 * that made the link has committed, off the request's thread: a slow mail server does not hold the page, and a link
 * that was not saved is never sent. A failure is logged without the address.
 */
@Component
class AccountMail {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMail.class);

    enum Kind {
        CONFIRM("account.email.confirm", "confirm-email"),
        RESET("account.email.reset", "reset-password");

        final String key;
        final String route;

        Kind(String key, String route) {
            this.key = key;
            this.route = route;
        }
    }

    private final JavaMailSender mail;
    private final String from;
    private final String publicUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("account-mail").factory());

    AccountMail(
            JavaMailSender mail,
            @Value("${withus.mail.from}") String from,
            @Value("${withus.public-url}") String publicUrl) {
        this.mail = mail;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Sends this email with this secret in its link once the current transaction commits. */
    void sendAfterCommit(Kind kind, String to, String name, String languageTag, String secret) {
        Locale locale = localeOf(languageTag);
        String link = publicUrl + "/" + kind.route + "?code=" + secret;
        sendAfterCommit(
                kind.name(),
                to,
                Translations.text(locale, kind.key + ".subject"),
                Translations.text(locale, kind.key + ".body", name, link) + "\n\n"
                        + Translations.text(locale, "account.email.signature") + "\n");
    }

    /**
     * Sends a notice once the current transaction commits: its paragraphs in the reader's language, then the page of
     * WithUs it is about, on a line of its own, then the team's signature.
     */
    void sendNoticeAfterCommit(
            String to,
            String languageTag,
            PeopleService.Words subject,
            java.util.List<PeopleService.Words> paragraphs,
            String path) {
        Locale locale = localeOf(languageTag);
        var body = new StringBuilder();
        for (PeopleService.Words paragraph : paragraphs) {
            body.append(text(locale, paragraph)).append("\n\n");
        }
        body.append(publicUrl).append('/').append(path).append("\n\n");
        body.append(Translations.text(locale, "account.email.signature")).append('\n');
        sendAfterCommit(subject.key(), to, text(locale, subject), body.toString());
    }

    /** Bundle words in this language, words among their arguments too (a part in a group: "Co-chair"). */
    private static String text(Locale locale, PeopleService.Words words) {
        Object[] args = java.util.Arrays.stream(words.args())
                .map(a -> a instanceof PeopleService.Words w ? text(locale, w) : a)
                .toArray();
        return Translations.text(locale, words.key(), args);
    }

    private static Locale localeOf(String languageTag) {
        return Languages.find(languageTag == null ? "en" : languageTag)
                .orElse(Languages.english())
                .locale();
    }

    private void sendAfterCommit(String what, String to, String subject, String text) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        Runnable send = () -> sender.execute(() -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                LOG.warn(
                        "Could not send a {} email ({})",
                        what,
                        e.getClass().getSimpleName()); // not the message: it names the address
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
