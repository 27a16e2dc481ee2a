package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on 127.0.0.1 for tests: a free port at first, the same port after a restart. */
final class TestSmtp {

    private GreenMail server;
    private final int port;

    TestSmtp() {
        server = start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        port = server.getSmtp().getPort();
    }

    int port() {
        return port;
    }

    /** Down: connections are refused, as when the mail server is unreachable. */
    void stop() {
        server.stop();
    }

    /** Up again on the same port, empty. */
    void restart() {
        server = start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    void purge() throws FolderException {
        server.purgeEmailFromAllMailboxes();
    }

    /** The messages the server received for an address (one per message: each has one recipient). */
    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] recipients = m.getAllRecipients();
                return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded plain-text body, which must be UTF-8 text/plain. */
    static String text(MimeMessage message) throws MessagingException, IOException {
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private static GreenMail start(ServerSetup setup) {
        GreenMail started = new GreenMail(setup);
        started.start();
        return started;
    }
}
