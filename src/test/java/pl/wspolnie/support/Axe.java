package pl.wspolnie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility scan with axe-core (vendored in {@code src/test/resources/axe}, MPL-2.0) of the page the browser
 * shows: the rules of WCAG 2.0 and 2.1, levels A and AA, which Polish public bodies must meet. A violation fails the
 * test with the rule, its help text and the elements it found.
 */
public final class Axe {

    private static final String SCRIPT = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' – '
                      + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ');
                }).join('\\n'));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private Axe() {
    }

    /** Fails when axe finds any WCAG 2.1 A/AA violation on the page shown now ({@code page} names it in the message). */
    public static void assertNoViolations(WebDriver driver, String page) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object violations = js.executeAsyncScript(RUN);
        assertThat(String.valueOf(violations)).as("axe-core violations on " + page + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
