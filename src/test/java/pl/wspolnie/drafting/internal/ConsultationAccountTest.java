package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.drafting.internal.DocxDocumentsTest.DOCUMENTS;
import static pl.wspolnie.drafting.internal.DocxDocumentsTest.SHA;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.MeetingsPart;
import pl.wspolnie.drafting.SnapshotFixtures;

/**
 * Chapter 11 of the programme states what was recorded: the real dates and counts, the channels comments actually
 * came by, meetings only when some were held — never a channel or a publication nobody recorded.
 */
class ConsultationAccountTest {

    /** Claims the template used to make whatever happened. */
    private static final List<String> UNRECORDED = List.of("ePUAP", "w formie papierowej", "dyżurów konsultacyjnych",
            "otwartego spotkania", "obywatelski.krakow.pl", "Biuletynie Informacji Publicznej oraz", "r..");

    @Test
    void onlyTheChannelsCommentsCameByAreNamedWithTheirCounts() throws Exception {
        String text = chapter(snapshot(List.of("PUBLIC_FORM", "PUBLIC_FORM", "API"), null));

        assertThat(text).contains("przeprowadzono w dniach od 1 października 2026 r. do 22 października 2026 r.",
                "Liczba zgłoszonych uwag: 3; liczba organizacji, które zgłosiły uwagi: 2.",
                "Uwagi uwzględnione: 1, uwzględnione częściowo: 1, nieuwzględnione: 1.",
                "Uwagi zgłoszono: formularzem na stronie konsultacji: 2; przez interfejs systemu (API): 1.",
                "wydała opinię o projekcie programu w dniu 14 października 2026 r.")
                .doesNotContain("pocztą elektroniczną", "bez zapisanego sposobu", "spotkania z organizacjami");
        UNRECORDED.forEach(claim -> assertThat(text).doesNotContain(claim));

        assertThat(chapter(snapshot(java.util.Arrays.asList("EMAIL", null, null), null)))
                .contains("Uwagi zgłoszono: pocztą elektroniczną: 1; bez zapisanego sposobu zgłoszenia: 2.")
                .doesNotContain("formularzem", "(API)");
    }

    @Test
    void withoutRecordedChannelsNoChannelIsNamedAndMeetingsOnlyWhenHeld() throws Exception {
        MeetingsPart meetings = new MeetingsPart(2, List.of(new MeetingsPart.KindCount("OPEN", "spotkania otwarte", 2)), 31, 12,
                5, 2, 1, 0, 2, List.of());
        String text = chapter(snapshot(java.util.Arrays.asList(null, null, null), meetings));

        assertThat(text).doesNotContain("Uwagi zgłoszono", "formularzem", "pocztą elektroniczną", "(API)")
                .contains("Liczba zgłoszonych uwag: 3;", "Liczba spotkań: 2 (spotkania otwarte: 2); liczba uczestników: 31;"
                        + " liczba organizacji, które wzięły w nich udział: 12. Liczba zgłoszonych postulatów: 5");
        UNRECORDED.forEach(claim -> assertThat(text).doesNotContain(claim));

        String planned = chapter(SnapshotFixtures.sample(DraftStage.DRAFT_ASSEMBLED));
        assertThat(planned).contains("zaplanowano w dniach od 1 października 2026 r. do 22 października 2026 r.")
                .doesNotContain("Uwagi zgłoszono", "Liczba spotkań", "r..");
    }

    /** The sample after consultation, its three comments with these channels, and the meetings part. */
    private static DraftSnapshot snapshot(List<String> channels, MeetingsPart meetings) {
        DraftSnapshot s = SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION);
        var c = s.consultation();
        List<DraftSnapshot.Comment> comments = new java.util.ArrayList<>();
        for (int i = 0; i < c.comments().size(); i++) {
            var x = c.comments().get(i);
            comments.add(new DraftSnapshot.Comment(x.ref(), x.organisation(), x.krs(), x.section(), x.currentText(),
                    x.proposedText(), x.justification(), x.decision(), x.answer(), x.receivedOn(), channels.get(i),
                    x.unit(), x.adopted()));
        }
        return new DraftSnapshot(s.format(), s.programmeId(), s.version(), s.stage(), s.stageLabel(), s.date(), s.author(),
                s.note(), s.municipality(), s.programme(), s.sections(), new DraftSnapshot.ConsultationData(c.round(), c.status(),
                c.openedOn(), c.closesOn(), c.opinionDeadline(), comments, c.opinion()), s.council(), meetings, s.textSource(),
                s.text());
    }

    /** Chapter 11 of the rendered programme: from its heading to the next chapter's. */
    private static String chapter(DraftSnapshot s) throws Exception {
        String text = new Docx(DOCUMENTS.programme(s, SHA)).text();
        int from = text.lastIndexOf("Informacja o sposobie tworzenia programu oraz o przebiegu konsultacji");
        int to = text.indexOf("Tryb powoływania i zasady działania komisji konkursowych", from);
        assertThat(from).isNotNegative();
        return text.substring(from, to < 0 ? text.length() : to);
    }

}
