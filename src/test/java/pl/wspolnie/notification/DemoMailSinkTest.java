package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A second demo instance on one machine: the sink's port is taken, it takes another and mail goes there. */
class DemoMailSinkTest {

    @Test
    void aTakenPortMovesTheSinkAndTheSenderFollows() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(taken.getLocalPort());
            DemoMailSink sink = new DemoMailSink("127.0.0.1", taken.getLocalPort(), sender);
            sink.afterPropertiesSet();
            try {
                assertThat(sink.port()).isNotEqualTo(taken.getLocalPort()).isPositive();
                assertThat(sender.getPort()).isEqualTo(sink.port());

                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom("no-reply@example.org");
                mail.setTo("koordynacja@example.org");
                mail.setSubject("Próba");
                mail.setText("Treść");
                sender.send(mail);
                assertThat(sink.received()).isEqualTo(1);
            } finally {
                sink.destroy();
            }
        }
    }

    @Test
    void aFreePortIsKept() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            free = probe.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setPort(free);
        DemoMailSink sink = new DemoMailSink("127.0.0.1", free, sender);
        sink.afterPropertiesSet();
        try {
            assertThat(sink.port()).isEqualTo(free);
            assertThat(sender.getPort()).isEqualTo(free);
        } finally {
            sink.destroy();
        }
    }
}
