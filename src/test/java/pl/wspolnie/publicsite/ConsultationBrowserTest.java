package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The consultation page in a real browser (headless Chromium): an NGO reads the draft, clicks "Zgłoś uwagę"
 * beside a paragraph, sends the form and sees the confirmation; a mistake is shown next to its field; after the
 * report the answers stand under the draft. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsultationService consultations;

    WebDriver driver;
    @Autowired
    ConsultationSetup setup;

    @BeforeAll
    void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void setUp() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void anNgoReadsTheDraftCommentsOnAParagraphAndGetsAReferenceNumber() {
        long id = setup.open("Program współpracy na rok 2027 (przeglądarka)");
        driver.get(url("/"));
        Chromium.screenshot(driver, "01-lista-konsultacji");
        driver.findElement(By.linkText("Program współpracy na rok 2027 (przeglądarka)")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/konsultacje/" + id);
        assertThat(driver.findElement(By.id(setup.anchor(id, "Rozdział 6"))).getText()).contains("Rozdział 6. Priorytetowe zadania publiczne");
        Chromium.screenshot(driver, "02-strona-konsultacji");

        String fourth = setup.anchor(id, "§ 4 uchwały");
        WebElement paragraph = driver.findElement(By.id(fourth));
        paragraph.findElement(By.partialLinkText("Zgłoś uwagę")).click();
        assertThat(driver.getCurrentUrl()).contains("/konsultacje/" + id + "/uwagi/nowa?fragment=" + fourth);
        assertThat(driver.findElement(By.id("section")).getAttribute("value")).isEqualTo("§ 4 uchwały");
        assertThat(driver.findElement(By.id("currentText")).getAttribute("value"))
                .isEqualTo("Wykonanie uchwały powierza się Prezydentowi Miasta Krakowa.");
        String reference = driver.findElement(By.name("externalRef")).getAttribute("value");

        type("organisation", "Fundacja Łąka");
        type("krs", "0000123456");
        type("contactPerson", "Anna Nowak");
        type("email", "anna@laka.example.org");
        type("proposedText", "Wykonanie uchwały powierza się Prezydentowi Miasta Krakowa we współpracy z Radą Pożytku.");
        type("justification", "Rada Pożytku powinna współuczestniczyć w wykonaniu programu.");
        driver.findElement(By.id("subscribe")).click();
        Chromium.screenshot(driver, "03-formularz-wypelniony");
        Chromium.submit(driver);

        assertThat(driver.getCurrentUrl()).endsWith("/konsultacje/" + id + "/uwagi/" + reference);
        assertThat(driver.findElement(By.cssSelector(".reference")).getText()).isEqualTo(reference);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("wysłaliśmy potwierdzenie", "§ 4 uchwały");
        Chromium.screenshot(driver, "04-potwierdzenie");
        assertThat(consultations.comments(id)).singleElement().satisfies(c -> assertThat(c.getAnchor()).isEqualTo(fourth));
    }

    @Test
    void aMistakeIsShownNextToItsFieldAndTheSummaryLeadsToIt() {
        long id = setup.open("Program współpracy na rok 2027 (błąd w przeglądarce)");
        driver.get(url("/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 6 ust. 1")));
        type("organisation", "Fundacja Łąka");
        type("krs", "12345");
        type("contactPerson", "Anna Nowak");
        type("email", "anna@laka.example.org");
        type("proposedText", "Dopisać ekologię miejską.");
        type("justification", "Potrzeba zgłaszana przez organizacje.");
        Chromium.submit(driver);

        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Numer KRS ma 10 cyfr");
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        WebElement krs = driver.findElement(By.id("krs"));
        assertThat(krs.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(Arrays.asList(krs.getAttribute("aria-describedby").split(" "))).contains("krs-error");
        WebElement error = driver.findElement(By.id("krs-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("Numer KRS ma 10 cyfr");
        // the error stands right above its field, inside the field's block
        assertThat(error.findElement(By.xpath("..")).findElement(By.id("krs"))).isEqualTo(krs);
        Chromium.screenshot(driver, "05-formularz-blad");
        summary.findElement(By.cssSelector("a[href='#krs']")).click();
        assertThat(driver.switchTo().activeElement()).isEqualTo(krs);
        assertThat(driver.getCurrentUrl()).endsWith("#krs");
        assertThat(consultations.comments(id)).isEmpty();
    }

    @Test
    void afterTheReportTheAnswersStandUnderTheDraft() {
        long id = setup.open("Program współpracy na rok 2027 (odpowiedzi w przeglądarce)");
        driver.get(url("/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 6 ust. 1")));
        type("organisation", "Stowarzyszenie Zielony Kraków");
        type("contactPerson", "Jan Kowalski");
        type("email", "jan@zielony.example.org");
        type("proposedText", "Dopisać zadania z zakresu ekologii miejskiej.");
        type("justification", "Organizacje ekologiczne prowadzą takie działania od lat.");
        Chromium.submit(driver);
        assertThat(driver.findElements(By.cssSelector(".reference"))).hasSize(1);
        setup.answerAndSignOff(id);

        driver.get(url("/konsultacje/" + id + "#" + setup.anchor(id, "§ 6 ust. 1")));
        WebElement point = driver.findElement(By.id(setup.anchor(id, "§ 6 ust. 1")));
        WebElement answer = point.findElement(By.cssSelector(".answer"));
        assertThat(answer.getText()).contains("UWZGLĘDNIONA", "Stowarzyszenie Zielony Kraków", "Odpowiedź zespołu na uwagę");
        assertThat(driver.findElements(By.partialLinkText("Zgłoś uwagę"))).isEmpty();
        assertThat(driver.findElement(By.partialLinkText("Raport z konsultacji")).getAttribute("href"))
                .endsWith("/konsultacje/" + id + "/raport.docx");
        Chromium.screenshot(driver, "06-odpowiedzi");
    }

    private void type(String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
