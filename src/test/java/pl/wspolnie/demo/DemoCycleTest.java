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

    @Test
    void theSampleProgrammeIsInConsultationWithItsDraftVersions() throws Exception {
        Long id = new DemoCycle(programmes, proposals, consultations, tasks, management, identity, profile, json, clock, zone, text,
                drafting).seed();

        assertThat(programmes.get(id).getStage()).isEqualTo(Stage.CONSULTATION);
        assertThat(programmes.sections(id)).hasSize(8).extracting(SectorSection::getStatus).containsOnly(SectionStatus.ACCEPTED);
        assertThat(proposals.of(id)).hasSize(48).extracting(p -> p.getStatus())
                .containsOnly(ProposalStatus.ACCEPTED, ProposalStatus.REJECTED);
        assertThat(programmes.priorityTasks(id)).hasSize(45);
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
        assertThat(text.numbered(id)).filteredOn(n -> n.label().equals("§ 2 uchwały")).singleElement()
                .satisfies(n -> assertThat(n.unit().text()).contains("31 grudnia 2026 r.", "obowiązujący w roku 2026"));
    }
}
