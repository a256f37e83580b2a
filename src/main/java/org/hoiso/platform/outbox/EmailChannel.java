package org.hoiso.platform.outbox;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import org.hoiso.platform.PlatformProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.host} (Spring Boot's mail settings). Without a
 * host the channel is off and nothing is kept or sent.
 */
@Component
class EmailChannel implements OutboxChannel {

    static final String NAME = "EMAIL";

    private final ObjectProvider<JavaMailSender> sender;
    private final PlatformProperties settings;

    EmailChannel(ObjectProvider<JavaMailSender> sender, PlatformProperties settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        JavaMailSender mail = sender.getObject();
        try {
            new InternetAddress(message.recipient(), true).validate();
        } catch (AddressException e) {
            throw new Undeliverable("not an e-mail address");
        }
        if (mail instanceof JavaMailSenderImpl impl && impl.getDefaultEncoding() == null) {
            impl.setDefaultEncoding(StandardCharsets.UTF_8.name());
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(settings.outbox().mailFrom());
        m.setTo(message.recipient());
        m.setSubject(message.subject());
        m.setText(message.body());
        mail.send(m);
    }
}
