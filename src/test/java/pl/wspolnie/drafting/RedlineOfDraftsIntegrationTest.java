package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.support.Revisions.W;
import static pl.wspolnie.support.Revisions.authors;
import static pl.wspolnie.support.Revisions.texts;
import static pl.wspolnie.support.Revisions.xml;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeSections;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.TestDatabase;

/**
 * Two drafts rendered from the same template that differ in one word of a sector's narrative and in the header
 * ("PROJEKT – wersja N – etap – data"): the redline shows exactly those changes, nothing of the table of contents or
 * the page numbers, attributed to the person whose edit caused the version although a job recorded it.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestDatabase.class)
class RedlineOfDraftsIntegrationTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeSections sections;
    @Autowired DraftingService drafting;
    @Autowired IdentityService identity;

    @Test
    void oneChangedWordAndTheHeaderAreTheOnlyRevisionsByThePersonBehindTheVersion() {
        if (identity.createUserQuery().userId("redline-editor").count() == 0) {
            var user = identity.newUser("redline-editor");
            user.setFirstName("Ewa");
            user.setLastName("Edytorka");
            identity.saveUser(user);
        }
        int year = LocalDate.now().getYear() + 3;
        Long id = programmes.registerForProcess(new NewProgramme(ProgrammeKind.ANNUAL, year, year,
                "Roczny program współpracy na rok " + year, (Calendar) null), "no-process").getId();
        var section = sections.openSection(id, "KULTURA");
        sections.submitSection(section.sectionId(), "Kultura dla wszystkich mieszkańców miasta, także seniorów i młodzieży.");
        drafting.recordVersion(id, DraftStage.DRAFT_ASSEMBLED, null);
        identity.setAuthenticatedUserId("redline-editor");
        try {
            sections.submitSection(section.sectionId(), "Kultura dla wszystkich mieszkańców miasta, także seniorów i dzieci.");
        } finally {
            identity.clearAuthentication();
        }
        drafting.recordVersion(id, DraftStage.CONSULTATION, null); // as a job does: actor "system"

        byte[] redline = drafting.compare(id, 1, 2).bytes();

        Document body = xml(redline, "word/document.xml");
        assertThat(texts(body, "del")).containsExactly("młodzieży");
        assertThat(texts(body, "ins")).containsExactly("dzieci");
        Document header = xml(redline, "word/header1.xml");
        assertThat(texts(header, "del")).containsExactly("1", "złożony z części sektorowych");
        assertThat(texts(header, "ins")).containsExactly("2", "skierowany do konsultacji");
        assertThat(texts(xml(redline, "word/footer1.xml"), "ins")).isEmpty();
        assertThat(authors(body)).containsExactly("Ewa Edytorka");
        assertThat(authors(header)).containsExactly("Ewa Edytorka");
        Element first = (Element) body.getElementsByTagNameNS(W, "p").item(0);
        assertThat(first.getTextContent().strip()).matches("Porównanie wersji 2 \\(Projekt skierowany do konsultacji, "
                + "\\d\\d\\.\\d\\d\\.\\d{4}\\) z wersją 1 \\(Projekt złożony z części sektorowych, \\d\\d\\.\\d\\d\\.\\d{4}\\)\\. "
                + "Zmiany naniesione jako śledzone zmiany\\.");
    }
}
