package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.TooLargeException;

class SpreadsheetRowsTest {

    @Test
    void csvWithBomSemicolonsQuotesAndLineBreaks() {
        String text = "\uFEFFexternalRef;title;description\r\n"
                + "P-1;\"Tytuł; z średnikiem\";\"Pierwsza linia\r\ndruga \"\"cytat\"\"\"\r\n"
                + "\r\n"
                + ";;\r\n"
                + "P-2;Zażółć gęślą jaźń;opis";
        var sheet = SpreadsheetRows.read(bytes(text), 10);
        assertThat(sheet.format()).isEqualTo(SpreadsheetRows.Format.CSV);
        assertThat(sheet.headerRow()).isEqualTo(1);
        assertThat(sheet.header()).containsExactly("externalRef", "title", "description");
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
        assertThat(sheet.rows().get(0).cells()).containsExactly("P-1", "Tytuł; z średnikiem", "Pierwsza linia\r\ndruga \"cytat\"");
        assertThat(sheet.rows().get(1).number()).isEqualTo(6);
        assertThat(sheet.rows().get(1).cells()).containsExactly("P-2", "Zażółć gęślą jaźń", "opis");
    }

    @Test
    void csvWithCommasAndWithoutBom() {
        var sheet = SpreadsheetRows.read(bytes("externalRef,title,plannedAmountPln\nP-1,\"Tytuł, z przecinkiem\",\"12500,50\"\n"), 10);
        assertThat(sheet.header()).containsExactly("externalRef", "title", "plannedAmountPln");
        assertThat(sheet.rows().get(0).cells()).containsExactly("P-1", "Tytuł, z przecinkiem", "12500,50");
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMore() {
        assertThat(SpreadsheetRows.separator("a;b;c\n1,2;3")).isEqualTo(';');
        assertThat(SpreadsheetRows.separator("a,b,\"c;d;e\"\n")).isEqualTo(',');
    }

    @Test
    void xlsxCellsAsTextWithPlainNumbers() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Propozycje");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("externalRef");
            header.createCell(1).setCellValue("plannedAmountPln");
            header.createCell(3).setCellValue("years");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("P-1");
            var amount = row.createCell(1);
            amount.setCellValue(851000);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"zł\""));
            amount.setCellStyle(style);
            row.createCell(3).setCellValue(2027);
            var second = sheet.createRow(3);
            second.createCell(0).setCellValue(42);
            second.createCell(1).setCellValue(12500.5);
            second.createCell(3).setCellValue("2027–2029");
            workbook.write(out);
        }
        var sheet = SpreadsheetRows.read(out.toByteArray(), 10);
        assertThat(sheet.format()).isEqualTo(SpreadsheetRows.Format.XLSX);
        assertThat(sheet.header()).containsExactly("externalRef", "plannedAmountPln", "", "years");
        assertThat(sheet.rows()).extracting(SpreadsheetRows.Row::number).containsExactly(3, 4);
        assertThat(sheet.rows().get(0).cells()).containsExactly("P-1", "851000", "", "2027");
        assertThat(sheet.rows().get(1).cells()).containsExactly("42", "12500.5", "", "2027–2029");
    }

    @Test
    void whatIsNotASpreadsheetIsRefusedNamingTheFile() {
        assertRefused(new byte[0], "is empty");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, "neither an XLSX");
        assertRefused("externalRef;title\nP-1;Zaż".getBytes(Charset.forName("windows-1250")), "UTF-8");
        assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6}, "XLSX workbook");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}, ".xls");
        assertRefused(bytes("a;\"b\nc;d"), "not closed");
        assertRefused(bytes("\n ;; \n"), "has no rows");
    }

    @Test
    void moreRowsThanTheLimitAreTooLarge() {
        StringBuilder csv = new StringBuilder("externalRef\n");
        for (int i = 0; i < 4; i++) {
            csv.append("P-").append(i).append('\n');
        }
        assertThat(SpreadsheetRows.read(bytes(csv.toString()), 4).rows()).hasSize(4);
        assertThatThrownBy(() -> SpreadsheetRows.read(bytes(csv + "P-5\n"), 4))
                .isInstanceOfSatisfying(TooLargeException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("more than 4 rows");
                });
    }

    private static void assertRefused(byte[] content, String message) {
        assertThatThrownBy(() -> SpreadsheetRows.read(content, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.message()).contains(message);
                        }));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
