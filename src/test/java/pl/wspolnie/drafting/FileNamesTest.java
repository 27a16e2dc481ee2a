package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aPolishNameTravelsAsUtf8WithAnAsciiFallback() {
        String name = "Projekt programu współpracy 2027–2028 – wersja 3 „Łódź”/\"x\".docx";

        assertThat(FileNames.ascii(name)).isEqualTo("Projekt programu wspolpracy 2027-2028 - wersja 3 _Lodz___x_.docx");
        assertThat(FileNames.contentDisposition("Zażółć*.docx"))
                .isEqualTo("attachment; filename=\"Zazolc*.docx\"; filename*=UTF-8''Za%C5%BC%C3%B3%C5%82%C4%87%2A.docx");
    }

    @Test
    void namesSayWhatAndWhichVersion() {
        assertThat(FileNames.draft(SnapshotFixtures.sample(DraftStage.COUNCIL))).isEqualTo("Projekt programu współpracy 2027–2028 – wersja 4.docx");
        assertThat(FileNames.draft(SnapshotFixtures.sample(DraftStage.ADOPTED))).isEqualTo("Program współpracy 2027–2028 – tekst przyjęty – wersja 5.docx");
    }
}
