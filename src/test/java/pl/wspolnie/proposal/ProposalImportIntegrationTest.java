package pl.wspolnie.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.FailOnDemand;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Departments upload proposals as a spreadsheet: every row is checked by the rules of the JSON API, the valid
 * ones are stored and start their intake, and a file that cannot be read stores nothing.
 */
@WebIntegrationTest
class ProposalImportIntegrationTest {

    private static final String HEADER = "externalRef;submitterType;submitterCode;submitterName;krs;email;sector;title;"
            + "description;justification;form;mode;plannedAmountPln;years";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    Http department;
    Http coordinator;
    long programmeId;
    String base;

    @BeforeEach
    void openCall() {
        coordinator = new Http(port, "coordinator");
        // these files hold rows of several departments: the coordination team imports in any department's name
        // (a department's own staff only in its own: security.DepartmentNameIntegrationTest)
        department = coordinator;
        programmeId = Cycles.withOpenCall(coordinator, 2027, "Program współpracy na rok 2027 (import)");
        base = "/api/programmes/" + programmeId + "/proposals";
    }

    @Test
    void aWorkbookOfTheSampleProposalsIsStoredAndEachStartsItsIntake() throws IOException {
        JsonNode sample = sample();
        var response = department.postFile(base + "/import", "file", "propozycje-2027.xlsx", XLSX, workbook(sample));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.get("format").asText()).isEqualTo("XLSX");
        assertThat(report.get("file").asText()).isEqualTo("propozycje-2027.xlsx");
        assertThat(report.at("/summary/rows").asInt()).isEqualTo(48);
        assertThat(report.at("/summary/created").asInt()).as(report.toString()).isEqualTo(48);
        assertThat(report.at("/summary/refused").asInt()).isZero();
        JsonNode first = report.get("rows").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("externalRef").asText()).isEqualTo("P-2027-0001");
        assertThat(first.get("outcome").asText()).isEqualTo("CREATED");
        assertThat(first.get("reference").asText()).matches(ProposalReference.FORMAT).startsWith("WSP-2027-");

        JsonNode stored = department.get(base).body();
        assertThat(stored).hasSize(48);
        JsonNode p1 = find(stored, "P-2027-0001");
        assertThat(p1.get("reference").asText()).isEqualTo(first.get("reference").asText());
        assertThat(p1.get("plannedAmountPln").decimalValue()).isEqualByComparingTo("284000.00");
        assertThat(p1.get("years").toString()).isEqualTo("[2027]");
        assertThat(p1.get("status").asText()).isEqualTo("ROUTED");
        assertThat(find(stored, "P-2027-0004").get("krs").asText()).isEqualTo("0923821747");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake")
                .variableValueEquals("programmeId", programmeId).count()).isEqualTo(48);
        assertThat(StreamSupport.stream(stored.spliterator(), false).map(p -> p.get("reference").asText()).distinct())
                .hasSize(48);
    }

    @Test
    void aCsvWithBadRowsStoresTheGoodRowsAndReportsEachRow() {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "D-1;DEPARTMENT;WKL;;;;kultura;Festiwal podwórek;\"Opis; ze średnikiem i \"\"cudzysłowem\"\"\nw dwóch liniach\";"
                + "Uzasadnienie;OTWARTY_KONKURS_OFERT;WSPIERANIE;120 000,00;2027\r\n"
                + "N-1;NGO;;Fundacja Przykładowa;12345;nie-mail;KULTURA;Warsztaty;Opis;Uzasadnienie;"
                + "OTWARTY_KONKURS_OFERT;WSPIERANIE;5000;2027\r\n"
                + "\r\n"
                + "N-2;ngo;;Stowarzyszenie Sąsiedzi;0000123456;biuro@sasiedzi.example.org;OBYWATELE;Spotkania sąsiedzkie;"
                + "Opis;Uzasadnienie;Współpraca pozafinansowa;;;2027\r\n"
                + "D-2;DEPARTMENT;WE;;;;EDUKACJA;Korepetycje;Opis;Uzasadnienie;KONKURS;WSPIERANIE;1000;2027/2028\r\n"
                + "D-1;DEPARTMENT;WKL;;;;KULTURA;Festiwal podwórek;Opis;Uzasadnienie;OTWARTY_KONKURS_OFERT;WSPIERANIE;1;2027\r\n"
                + "D-3;DEPARTMENT;XYZ;;;;SPORT;;Opis;Uzasadnienie;OTWARTY_KONKURS_OFERT;;100;2031\r\n";
        var response = department.postFile(base + "/import", "file", "propozycje.csv", CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode report = response.body();
        assertThat(report.get("format").asText()).isEqualTo("CSV");
        assertThat(report.get("summary").toString()).isEqualTo("{\"rows\":6,\"created\":2,\"alreadyReceived\":0,\"refused\":4}");
        List<JsonNode> rows = list(report.get("rows"));
        assertThat(rows).extracting(r -> r.get("row").asInt()).containsExactly(2, 4, 6, 7, 8, 9);
        assertThat(rows).extracting(r -> r.get("outcome").asText())
                .containsExactly("CREATED", "REFUSED", "CREATED", "REFUSED", "REFUSED", "REFUSED");
        assertThat(fields(rows.get(1))).containsExactlyInAnyOrder("krs", "email");
        assertThat(fields(rows.get(3))).containsExactlyInAnyOrder("form", "years");
        assertThat(rows.get(3).get("errors").get(0).get("message").asText()).contains("'KONKURS' is not an accepted value");
        assertThat(fields(rows.get(4))).containsExactly("externalRef");
        assertThat(rows.get(4).at("/errors/0/message").asText()).isEqualTo("repeats row 2 of this file");
        assertThat(fields(rows.get(5))).containsExactlyInAnyOrder("submitterCode", "title", "mode", "years");

        JsonNode stored = department.get(base).body();
        assertThat(stored).extracting(p -> p.get("externalRef").asText()).containsExactlyInAnyOrder("D-1", "N-2");
        JsonNode festival = find(stored, "D-1");
        assertThat(festival.get("description").asText()).isEqualTo("Opis; ze średnikiem i \"cudzysłowem\"\nw dwóch liniach");
        assertThat(festival.get("sector").asText()).isEqualTo("KULTURA");
        assertThat(festival.get("plannedAmountPln").decimalValue()).isEqualByComparingTo("120000");
        assertThat(festival.get("reference").asText()).isEqualTo(rows.get(0).get("reference").asText());
        assertThat(find(stored, "N-2").get("form").asText()).isEqualTo("POZAFINANSOWA");
    }

    @Test
    void theSameFileTwiceReceivesNothingNew() {
        String csv = "externalRef,submitterType,submitterCode,sector,title,description,justification,form,mode,"
                + "plannedAmountPln,years,notes\n"
                + "R-1,DEPARTMENT,WS,SPORT,Biegi,Opis,Uzasadnienie,OTWARTY_KONKURS_OFERT,POWIERZANIE,\"711000,00\",2027,\n"
                + "R-2,DEPARTMENT,WS,SPORT,Pływanie,Opis,Uzasadnienie,POZAFINANSOWA,,,2027,druga\n"
                + "R-3,DEPARTMENT,WS,SPORT,Bez uzasadnienia,Opis,,POZAFINANSOWA,,,2027,\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        var first = department.postFile(base + "/import", "file", "sport.csv", CSV, file);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("summary").toString()).isEqualTo("{\"rows\":3,\"created\":2,\"alreadyReceived\":0,\"refused\":1}");
        assertThat(first.body().get("ignoredColumns").toString()).isEqualTo("[\"notes\"]");

        var again = department.postFile(base + "/import", "file", "sport.csv", CSV, file);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.body().get("summary").toString()).isEqualTo("{\"rows\":3,\"created\":0,\"alreadyReceived\":2,\"refused\":1}");
        List<JsonNode> before = list(first.body().get("rows"));
        List<JsonNode> after = list(again.body().get("rows"));
        for (int i = 0; i < 2; i++) {
            assertThat(after.get(i).get("outcome").asText()).isEqualTo("ALREADY_RECEIVED");
            assertThat(after.get(i).get("reference").asText()).isEqualTo(before.get(i).get("reference").asText());
            assertThat(after.get(i).get("proposalId").asLong()).isEqualTo(before.get(i).get("proposalId").asLong());
        }
        assertThat(fields(after.get(2))).containsExactly("justification");
        assertThat(department.get(base).body()).hasSize(2);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWholeAndStoresNothing() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefusedWhole(department.postFile(base + "/import", "file", "propozycje.xlsx", XLSX, png), "neither an XLSX");
        assertRefusedWhole(department.postFile(base + "/import", "file", "list.txt", "text/plain",
                "Szanowni Państwo, w załączeniu propozycje.".getBytes(StandardCharsets.UTF_8)), "lacks the columns externalRef");
        assertRefusedWhole(department.postFile(base + "/import", "file", "pusty.csv", CSV, new byte[0]), "jest pusty");
        assertRefusedWhole(department.postFile(base + "/import", "file", "naglowek.csv", CSV,
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), "no rows of proposals");
        assertRefusedWhole(department.postFile(base + "/import", "file", "bez-lat.csv", CSV,
                "externalRef;submitterType;sector;title;description;justification;form\nX-1;NGO;KULTURA;T;D;J;POZAFINANSOWA\n"
                        .getBytes(StandardCharsets.UTF_8)), "lacks the column years");
        var docx = new ByteArrayOutputStream();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("To nie jest arkusz.");
            document.write(docx);
        }
        assertRefusedWhole(department.postFile(base + "/import", "file", "pismo.xlsx", XLSX, docx.toByteArray()),
                "cannot be read as an XLSX workbook");

        var noFile = department.postFile(base + "/import", "plik", "a.csv", CSV, "x".getBytes(StandardCharsets.UTF_8));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(fields(noFile.body())).containsExactly("file");
        assertThat(department.post(base + "/import", Map.of("file", "x")).status()).isEqualTo(415);
        assertThat(new Http(port, null).postFile(base + "/import", "file", "a.csv", CSV, new byte[1]).status()).isEqualTo(401);
        assertThat(department.get(base).body()).isEmpty();
    }

    @Test
    void tooManyRowsOrBytesAreRefusedWholeWith413() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2001; i++) {
            csv.append("M-").append(i).append(";DEPARTMENT;WS;;;;SPORT;Zadanie ").append(i)
                    .append(";Opis;Uzasadnienie;POZAFINANSOWA;;;2027\n");
        }
        var rows = department.postFile(base + "/import", "file", "duzo.csv", CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(rows.status()).isEqualTo(413);
        assertThat(rows.contentType()).startsWith("application/problem+json");
        assertThat(fields(rows.body())).containsExactly("file");
        assertThat(rows.body().get("detail").asText()).contains("more than 2000 rows");

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        var bytes = department.postFile(base + "/import", "file", "duzy.csv", CSV, big);
        assertThat(bytes.status()).isEqualTo(413);
        assertThat(bytes.contentType()).startsWith("application/problem+json");
        assertThat(fields(bytes.body())).containsExactly("file");
        assertThat(bytes.body().get("detail").asText()).contains("5 MB");
        assertThat(department.get(base).body()).isEmpty();
    }

    @Test
    void aFailureHalfWayStoresNoRowAndStartsNoProcess() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (String title : List.of("Pierwsze", "Drugie", FailOnDemand.TITLE + " przy trzecim", "Czwarte")) {
            csv.append("F-").append(title.length()).append(";DEPARTMENT;WS;;;;SPORT;").append(title)
                    .append(";Opis;Uzasadnienie;POZAFINANSOWA;;;2027\n");
        }
        var crashed = department.postFile(base + "/import", "file", "awaria.csv", CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(crashed.status()).isEqualTo(500);
        assertThat(department.get(base).body()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("proposal-intake")
                .variableValueEquals("programmeId", programmeId).count()).isZero();
    }

    /** Four uploads of one file at once, its first row slow to commit: one stores the rows, the others find them. */
    @Test
    void concurrentUploadsOfOneFileStoreEachRowOnce() throws Exception {
        String csv = HEADER + "\n" + "C-1;DEPARTMENT;WS;;;;SPORT;" + FailOnDemand.SLOW + " pierwsze;Opis;Uzasadnienie;POZAFINANSOWA;;;2027\n"
                + "C-2;DEPARTMENT;WS;;;;SPORT;Drugie;Opis;Uzasadnienie;POZAFINANSOWA;;;2027\n";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<Http.Response> answers = new ArrayList<>();
        try {
            List<java.util.concurrent.Callable<Http.Response>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uploads.add(() -> department.postFile(base + "/import", "file", "razem.csv", CSV, csv.getBytes(StandardCharsets.UTF_8)));
            }
            for (var f : pool.invokeAll(uploads)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(Http.Response::status).as(answers.toString()).containsOnly(200);
        assertThat(answers).extracting(a -> a.body().at("/summary/created").asInt()).containsOnly(0, 2)
                .filteredOn(n -> n == 2).hasSize(1);
        assertThat(department.get(base).body()).hasSize(2);
    }

    @Test
    void aClosedCallRefusesTheUploadWith409() {
        String process = coordinator.get("/api/programmes/" + programmeId).body().get("processInstanceId").asText();
        Jobs.fire(management, process, "CallForProposalsClosed");
        Jobs.runDue(management, process);
        assertThat(coordinator.get("/api/programmes/" + programmeId).body().get("stage").asText()).isEqualTo("SECTOR_WORK");

        var late = department.postFile(base + "/import", "file", "spoznione.csv", CSV, (HEADER + "\n"
                + "L-1;DEPARTMENT;WS;;;;SPORT;Zadanie;Opis;Uzasadnienie;POZAFINANSOWA;;;2027\n").getBytes(StandardCharsets.UTF_8));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.body().get("detail").asText()).contains("closed");
        assertThat(department.get(base).body()).isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void assertRefusedWhole(Http.Response response, String message) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.body())).containsExactly("file");
        assertThat(response.body().at("/errors/0/message").asText()).contains(message);
    }

    /** The sample proposals as a department would keep them in Excel: amounts and single years as numbers. */
    private static byte[] workbook(JsonNode proposals) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Propozycje 2027");
            var header = sheet.createRow(0);
            for (int c = 0; c < ProposalImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ProposalImport.COLUMNS.get(c));
            }
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"zł\""));
            int r = 1;
            for (JsonNode p : proposals) {
                var row = sheet.createRow(r++);
                Function<String, String> text = path -> p.at(path).isMissingNode() || p.at(path).isNull() ? null : p.at(path).asText();
                String[] values = {text.apply("/externalRef"), text.apply("/submitter/type"), text.apply("/submitter/code"),
                        text.apply("/submitter/name"), text.apply("/submitter/krs"), text.apply("/submitter/email"),
                        text.apply("/sector"), text.apply("/title"), text.apply("/description"), text.apply("/justification"),
                        text.apply("/form"), text.apply("/mode")};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
                if (p.hasNonNull("plannedAmountPln")) {
                    var amount = row.createCell(12);
                    amount.setCellValue(Double.parseDouble(p.get("plannedAmountPln").asText()));
                    amount.setCellStyle(money);
                }
                JsonNode years = p.get("years");
                if (years.size() == 1) {
                    row.createCell(13).setCellValue(years.get(0).asInt());
                } else {
                    row.createCell(13).setCellValue(years.get(0).asInt() + (r % 2 == 0 ? "–" : "-") + years.get(1).asInt());
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private JsonNode sample() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/proposals.json")) {
            return Http.JSON.readTree(in);
        }
    }

    private static JsonNode find(JsonNode proposals, String externalRef) {
        return StreamSupport.stream(proposals.spliterator(), false)
                .filter(p -> p.get("externalRef").asText().equals(externalRef)).findFirst().orElseThrow();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static List<String> fields(JsonNode problemOrRow) {
        List<String> fields = new ArrayList<>();
        problemOrRow.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
