package pl.wspolnie.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code wspolnie.demo.mail-sink=true}, set by the demo profile): an embedded SMTP server (GreenMail) on
 * {@code spring.mail.host:spring.mail.port} (127.0.0.1:3025) that accepts every message and keeps it in memory, so
 * mail is really sent without a mail server. What was sent is shown by {@code GET /api/mail}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo.mail-sink", havingValue = "true")
class DemoMailSink implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailSink.class);

    private final GreenMail server;

    DemoMailSink(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
        this.server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void afterPropertiesSet() {
        try {
            server.start();
            log.info("Demo mail sink (GreenMail) listens on {}:{}; sent mail: GET /api/mail",
                    server.getSmtp().getBindTo(), server.getSmtp().getPort());
        } catch (RuntimeException e) {
            log.warn("Demo mail sink could not start ({}); mail stays in the outbox and is retried", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
