package pl.wspolnie.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code wspolnie.demo.mail-sink=true}, set by the demo profile): an embedded SMTP server (GreenMail) on
 * {@code spring.mail.host:spring.mail.port} (127.0.0.1:3025) that accepts every message and keeps it in memory, so
 * mail is really sent without a mail server. What was sent is shown by {@code GET /api/mail}. When that port is taken
 * (a second instance on one machine), the sink takes a free port, says which, and the application's mail sender
 * sends there.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo.mail-sink", havingValue = "true")
class DemoMailSink implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailSink.class);
    private static final int DEFAULT_PORT = 25;

    private final GreenMail server;
    private final JavaMailSender mailSender;
    private final int configuredPort;

    /** On Spring Boot's SMTP settings ({@code spring.mail.host}, {@code spring.mail.port}), where the sender sends. */
    @Autowired
    DemoMailSink(MailProperties mail, JavaMailSender mailSender) {
        this(mail.getHost(), mail.getPort() == null ? DEFAULT_PORT : mail.getPort(), mailSender);
    }

    DemoMailSink(String host, int port, JavaMailSender mailSender) {
        int free = isFree(host, port) ? port : freePort(host);
        this.configuredPort = port;
        this.server = new GreenMail(new ServerSetup(free, host, ServerSetup.PROTOCOL_SMTP));
        this.mailSender = mailSender;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            server.start();
            int port = server.getSmtp().getPort();
            if (port != configuredPort) {
                log.warn("Demo mail sink: port {} is taken, listening on {}:{} instead (set DEMO_SMTP_PORT to choose)",
                        configuredPort, server.getSmtp().getBindTo(), port);
                if (mailSender instanceof JavaMailSenderImpl sender) {
                    sender.setPort(port);
                }
            } else {
                log.info("Demo mail sink (GreenMail) listens on {}:{}; sent mail: GET /api/mail", server.getSmtp().getBindTo(), port);
            }
        } catch (RuntimeException e) {
            log.warn("Demo mail sink could not start ({}); mail stays in the outbox and is retried", e.getMessage());
        }
    }

    /** The port mail is sent to. */
    int port() {
        return server.getSmtp().getPort();
    }

    /** Messages received so far. */
    int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void destroy() {
        server.stop();
    }

    private static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the demo mail sink on " + host, e);
        }
    }
}
