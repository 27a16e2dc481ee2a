package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Text a person typed, shown in a Tasklist form, is shown as typed: the council's amendments with a Markdown link, a
 * Markdown image and an HTML image stay characters in a read-only field — no link, no image (they rendered as both
 * in the form's Markdown text view). The amendments form, in a task of a one-step process made for the test.
 */
@Tag("browser")
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormTextBrowserTest {

    static final String TYPED = "[klik](http://evil) ![x](http://evil/img) <img src=x>";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    WebDriver driver;
    String deployment;
    String task;

    @BeforeAll
    void theAmendmentsFormInATask() {
        deployment = repository.createDeployment().name("form-text-browser-test").addString("amendments-view.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="amendmentsView" targetNamespace="http://wspolnie.pl/test">
                  <bpmn:process id="amendments-view-test" name="Podgląd poprawek (test)" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                    <bpmn:userTask id="t" name="Poprawki do podglądu" camunda:formRef="amendments" camunda:formRefBinding="latest"
                        camunda:candidateGroups="coordination-team"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
                    <bpmn:endEvent id="e"/>
                  </bpmn:process>
                </bpmn:definitions>
                """).deploy().getId();
        String instance = runtime.startProcessInstanceByKey("amendments-view-test", Map.of("councilAmendments", TYPED, "programmeId", 1L)).getId();
        task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        driver = Chromium.start();
    }

    @AfterAll
    void cleanUp() {
        if (driver != null) {
            driver.quit();
        }
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void theCouncilsAmendmentsAreShownAsTyped() {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys("coordinator");
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys("coordinator", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Rozpocznij proces")));
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
        // the form is there once its own field is
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(normalize-space(.), 'Opis wprowadzonych poprawek')]")));
        Chromium.screenshot(driver, "formularz-poprawki-rady-doslownie");

        assertThat(driver.findElements(By.cssSelector(".fjs-form a[href*='evil'], .fjs-form img"))).as("a link or image made of typed text").isEmpty();
        String shown = wait.until(d -> d.findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
                + "[./label[starts-with(normalize-space(.), 'Poprawki przyjęte przez Radę Miasta')]]//textarea")).getDomProperty("value"));
        assertThat(shown).isEqualTo(TYPED);
    }
}
