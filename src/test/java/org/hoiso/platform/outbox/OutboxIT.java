package org.hoiso.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private static String address() {
        return "can-bo-" + SEQ.incrementAndGet() + "-" + System.nanoTime() + "@xa.example.vn";
    }

    @Test
    void aMessageWrittenInACommittedTransactionArrivesOnceInVietnamese() throws Exception {
        String to = address();
        int before = TestMailServer.receivedInAll();
        tx.executeWithoutResult(s -> outbox.enqueue(OutboxMessage.email(to, "Báo cáo bị trả lại: Phường Ba Đình",
                "Chị Lan trả lại báo cáo tháng 11/2026.\nLý do: thiếu số liệu.", "report.returned", "test-" + to)));
        sender.sendDue();
        assertThat(TestMailServer.awaitTotal(before + 1, Duration.ofSeconds(10))).isTrue();
        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
        MimeMessage m = TestMailServer.receivedBy(to).get(0);
        assertThat(m.getSubject()).isEqualTo("Báo cáo bị trả lại: Phường Ba Đình");
        assertThat(((String) m.getContent()).strip()).startsWith("Chị Lan trả lại báo cáo tháng 11/2026.");
        assertThat(sender.sendDue()).isZero();
        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void aMessageOfATransactionRolledBackIsNeverSent() {
        String to = address();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.enqueue(OutboxMessage.email(to, "Không gửi", "…", "test.rollback", null));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        sender.sendDue();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r").param("r", to)
                .query(Long.class).single()).isZero();
        assertThat(TestMailServer.receivedBy(to)).isEmpty();
    }

    @Test
    void theSameDedupeKeyIsKeptOnce() {
        String to = address();
        assertThat(outbox.enqueue(OutboxMessage.email(to, "Một", "a", "test.once", "once-" + to))).isTrue();
        assertThat(outbox.enqueue(OutboxMessage.email(to, "Hai", "b", "test.once", "once-" + to))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r").param("r", to)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMalformedAddressIsGivenUpAtOnceWithItsReason() {
        String to = "not an address " + SEQ.incrementAndGet();
        outbox.enqueue(OutboxMessage.email(to, "x", "y", "test.bad", null));
        sender.sendDue();
        var row = jdbc.sql(
                "SELECT failed_at IS NOT NULL AS failed, sent_at IS NULL AS unsent, last_error FROM outbox_message WHERE recipient = :r")
                .param("r", to).query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getBoolean(2), rs.getString(3)}).single();
        assertThat(row).containsExactly(true, true, "not an e-mail address");
    }

    @Test
    void aSubjectCannotCarryAHeaderOnANewLine() {
        OutboxMessage m = OutboxMessage.email("a@b.vn", "Chào\r\nBcc: ke-xau@example.com", "x", "test.header", null);
        assertThat(m.subject()).isEqualTo("Chào Bcc: ke-xau@example.com").doesNotContain("\n");
    }
}
