package org.hoiso.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free loopback port, one per test JVM, and the application's mail
 * sender pointed at it: imported by {@link IntegrationTest} and the browser tests, so the outbox's e-mail
 * channel is on in every test context and what it sends can be read back here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @Bean
    JavaMailSender testMailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SERVER.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }

    /** The messages received so far for one address (addresses are unique per test). */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits (on the server's own signal, not a sleep) until that many messages in all have arrived. */
    public static boolean awaitTotal(int count, Duration atMost) {
        return SERVER.waitForIncomingEmail(atMost.toMillis(), count);
    }

    public static int receivedInAll() {
        return SERVER.getReceivedMessages().length;
    }
}
