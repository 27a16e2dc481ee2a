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
        assertThat(FileNames.draft(SnapshotFixtures.sample(DraftStage.ADOPTED))).isEqualTo("Program współpracy 2027–2028 – tekst przyjęty.docx");
    }

    @Test
    void councilPackageEntriesSayWhatTheyAre() {
        var council = SnapshotFixtures.sample(DraftStage.COUNCIL);
        var adopted = SnapshotFixtures.sample(DraftStage.ADOPTED);
        assertThat(FileNames.packageDraft(council)).isEqualTo("1_projekt_uchwaly_druk_nr_1234_program_wspolpracy_2027-2028.docx");
        assertThat(FileNames.packageDraft(adopted)).isEqualTo("1_uchwala_nr_XXXIV-987-26_program_wspolpracy_2027-2028.docx");
        assertThat(FileNames.packageJustification(council)).isEqualTo("2_uzasadnienie_do_projektu_uchwaly_program_wspolpracy_2027-2028.docx");
        assertThat(FileNames.packageReport(council)).isEqualTo("3_raport_z_konsultacji_program_wspolpracy_2027-2028.docx");
        assertThat(FileNames.packageOpinion(council)).isEqualTo("4_opinia_rady_dzialalnosci_pozytku_publicznego.docx");
        assertThat(FileNames.packageOpinion(SnapshotFixtures.sample(DraftStage.CONSULTATION)))
                .isEqualTo("4_informacja_o_niewyrazeniu_opinii_przez_rade_dzialalnosci_pozytku_publicznego.docx");
        assertThat(FileNames.councilPackage(adopted)).isEqualTo("Pakiet dla Rady – program współpracy 2027–2028 – tekst przyjęty.zip");
    }
}
