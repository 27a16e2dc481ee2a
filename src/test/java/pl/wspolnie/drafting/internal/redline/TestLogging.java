package pl.wspolnie.drafting.internal.redline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Test support: docx4j logs every part it reads and writes at DEBUG (and a missing docx4j.properties at
 * WARN), which plain unit tests would print. */
final class TestLogging {

    private TestLogging() {
    }

    static void quietDocx4j() {
        if (LoggerFactory.getLogger("org.docx4j") instanceof Logger logger) {
            logger.setLevel(Level.ERROR);
        }
        if (LoggerFactory.getLogger("org.apache") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
