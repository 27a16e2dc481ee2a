package pl.wspolnie.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.SnapshotFixtures;

class CommentRegisterTest {

    @Test
    void excelInAPolishLocaleGetsUtf8WithBomSemicolonsAndQuotedFields() {
        byte[] csv = CommentRegister.csv(SnapshotFixtures.sample(DraftStage.AFTER_CONSULTATION));

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").startsWith("\"Lp.\";\"Numer uwagi\";\"Organizacja\";\"KRS\";\"Data wpływu\";\"Część projektu\"");
        assertThat(text.split("\r\n")).hasSize(4);
        // KRS as Excel's text formula keeps its leading zeros; the date as an official writes it
        assertThat(text).contains("\"1\";\"C-1\";\"Fundacja „Łąka” & <Partnerzy>\";\"=\"\"0000123456\"\"\";\"02.10.2026\";\"§ 4 ust. 2\";\"\";",
                "\"2\";\"C-2\";\"Stowarzyszenie Ćma\";\"\";\"03.10.2026\"",
                "\"'=SUMA(A1:A9)\"", "\"uwzględniona częściowo\";\"Częściowo; 😀\"", "\"nieuwzględniona\";\"Zapis wynika z ustawy.\";\"Bez zmian.\"",
                "\"Uwzględniono w całości.\";\"Nowe brzmienie po uwadze C-1.\"\r\n");
    }

    @Test
    void quotesBreaksAndFormulasAreEscaped() {
        assertThat(CommentRegister.field("a \"b\"; c\r\nd")).isEqualTo("\"a \"\"b\"\"; c\nd\"");
        assertThat(CommentRegister.field("+48 12 345")).isEqualTo("\"'+48 12 345\"");
        assertThat(CommentRegister.field("@sum")).isEqualTo("\"'@sum\"");
        assertThat(CommentRegister.field("zwykły")).isEqualTo("\"zwykły\"");
        assertThat(CommentRegister.krs("0000123456")).isEqualTo("\"=\"\"0000123456\"\"\"");
        assertThat(CommentRegister.krs("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CommentRegister.krs(null)).isEqualTo("\"\"");
    }
}
