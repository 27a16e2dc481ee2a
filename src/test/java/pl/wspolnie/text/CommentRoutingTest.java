package pl.wspolnie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.ProcessTest;

/**
 * A comment on a sector's unit, or on a unit inside it, goes to that sector's team; a comment on a general unit
 * (or without an anchor) to the coordination team; a sector named with the comment wins over its anchor.
 */
@ProcessTest
class CommentRoutingTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TextService text;
    @Autowired
    TextUnits units;

    @Test
    void theAnchorsUnitDecidesTheAnsweringTeam() {
        Long programmeId = programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2093, 2093,
                "Program współpracy 2093 (trasowanie uwag)", null)).getId();
        var numbered = text.numbered(programmeId);
        Unit culture = numbered.stream().map(Citations.Numbered::unit).filter(u -> "KULTURA".equals(u.sector())).findFirst().orElseThrow();
        Unit sport = numbered.stream().map(Citations.Numbered::unit).filter(u -> "SPORT".equals(u.sector())).findFirst().orElseThrow();
        Unit general = numbered.stream().filter(n -> n.label().equals("§ 7")).findFirst().orElseThrow().unit();
        assertThat(general.sector()).isNull();
        // a point inside the culture team's unit, and one below it
        TextUnit point = units.save(new TextUnit(programmeId, culture.id(), culture.part(), UnitKind.POINT, 1, null,
                "festiwale teatralne", null, null, null, "test", Instant.now()));
        TextUnit letter = units.save(new TextUnit(programmeId, point.getId(), culture.part(), UnitKind.LETTER, 1, null,
                "festiwale plenerowe", null, null, null, "test", Instant.now()));
        consultations.open(programmeId);

        assertThat(group(programmeId, "u" + culture.id(), null)).isEqualTo("sector-culture");
        assertThat(group(programmeId, "u" + point.getId(), null)).isEqualTo("sector-culture");
        assertThat(group(programmeId, "u" + letter.getId(), null)).isEqualTo("sector-culture");
        assertThat(group(programmeId, "u" + sport.id() + "-tabela-1", null)).isEqualTo("sector-sport");
        assertThat(group(programmeId, "u" + general.id(), null)).isEqualTo("coordination-team");
        assertThat(group(programmeId, null, null)).isEqualTo("coordination-team");
        // another programme's unit id says nothing about this programme
        assertThat(group(programmeId, "u999999999", null)).isEqualTo("coordination-team");
        // the sector the submitter named wins over the anchor
        assertThat(group(programmeId, "u" + culture.id(), "SPORT")).isEqualTo("sector-sport");
    }

    private String group(Long programmeId, String anchor, String sector) {
        var submitted = consultations.submitComment(programmeId, new CommentSubmission("R-" + UUID.randomUUID(), "Fundacja Trasa",
                null, "Anna Nowak", "trasa-" + UUID.randomUUID() + "@example.org", "§ 6", sector, null, "Nowe brzmienie.",
                "Uzasadnienie.", anchor)).comment();
        return consultations.brief(submitted.getId()).responseGroup();
    }
}
