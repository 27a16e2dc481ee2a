package pl.wspolnie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.consultation.ConsultationStatus;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftSummary;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.history.HistoryEntry;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SectionStatus;
import pl.wspolnie.programme.SectorSection;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalStatus;
import pl.wspolnie.support.ProcessTest;
import pl.wspolnie.text.TextService;
import pl.wspolnie.text.TextSource;

/** The demo seed drives the sample programme through the real process up to the open consultation. */
@ProcessTest
class DemoCycleTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired DraftingService drafting;
    @Autowired ChangeHistory history;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired MunicipalityProfile profile;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired TextService text;
    @Autowired ZoneId zone;
    @Autowired pl.wspolnie.council.CouncilService council;

    @Test
    void theSampleProgrammeIsInConsultationWithItsDraftVersions() throws Exception {
        Long id = new DemoCycle(programmes, proposals, consultations, tasks, management, identity, profile, json, clock, zone, text,
                drafting, council).seed();

        assertThat(programmes.get(id).getStage()).isEqualTo(Stage.CONSULTATION);
        assertThat(programmes.sections(id)).hasSize(8).extracting(SectorSection::getStatus).containsOnly(SectionStatus.ACCEPTED);
        assertThat(proposals.of(id)).hasSize(48).extracting(p -> p.getStatus())
                .containsOnly(ProposalStatus.ACCEPTED, ProposalStatus.MERGED, ProposalStatus.REJECTED);
        // a proposal repeating an accepted task for other districts is merged into it: no task is listed twice,
        // and every task names the department that answers for it (the proposer's, else the sector's from the profile)
        var priorityTasks = programmes.priorityTasks(id);
        long merged = proposals.of(id).stream().filter(p -> p.getStatus() == ProposalStatus.MERGED).count();
        assertThat(merged).isPositive();
        assertThat(priorityTasks).hasSize(45 - (int) merged);
        assertThat(priorityTasks).extracting(t -> t.getSectionId() + " " + t.getTaskForm() + " " + t.getTitle().split(" – ")[0])
                .doesNotHaveDuplicates();
        assertThat(priorityTasks).allSatisfy(t -> assertThat(t.getResponsibleDepartment()).isNotBlank());
        assertThat(consultations.current(id)).get().extracting(c -> c.getStatus()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(drafting.versions(id)).extracting(DraftSummary::stage)
                .containsExactly(DraftStage.DRAFT_ASSEMBLED, DraftStage.CONSULTATION);
        assertThat(history.of(id)).extracting(HistoryEntry::getActor).contains("coordinator", "department", "culture", "sport");
        // the 2027 cycle started from the adopted 2026 programme's text
        var source = text.source(id).orElseThrow();
        assertThat(source.kind()).isEqualTo(TextSource.Kind.CARRY_OVER);
        assertThat(programmes.get(source.programmeId()).getStage()).isEqualTo(Stage.ADOPTED);
        assertThat(programmes.get(source.programmeId()).getFirstYear()).isEqualTo(2026);
        assertThat(drafting.versions(source.programmeId())).extracting(DraftSummary::stage).containsExactly(DraftStage.ADOPTED);
        // the resolution is made anew from the base text: it repeals the 2026 programme by its resolution
        assertThat(programmes.get(id).getTitle()).isEqualTo("Program Współpracy Gminy Miejskiej Kraków na rok 2027 z organizacjami "
                + "pozarządowymi oraz podmiotami określonymi w art. 3 ust. 3 ustawy z dnia 24 kwietnia 2003 r. o działalności "
                + "pożytku publicznego i o wolontariacie");
        assertThat(text.numbered(id)).filteredOn(n -> n.label().equals("§ 2 uchwały")).singleElement()
                .satisfies(n -> assertThat(n.unit().text()).isEqualTo("Traci moc uchwała nr XXV/612/25 Rady Miasta Krakowa z dnia "
                        + "26 listopada 2025 r. w sprawie przyjęcia programu współpracy pod nazwą „"
                        + programmes.get(source.programmeId()).getTitle() + "”."));
        assertThat(text.numbered(id)).filteredOn(n -> n.label().equals("§ 5 uchwały")).singleElement()
                .satisfies(n -> assertThat(n.unit().text()).contains("z dniem 1 stycznia 2027 r., po ogłoszeniu w Dzienniku "
                        + "Urzędowym Województwa Małopolskiego"));
    }
}
