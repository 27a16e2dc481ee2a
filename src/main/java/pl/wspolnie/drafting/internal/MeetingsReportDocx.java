package pl.wspolnie.drafting.internal;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.MeetingsPart;

/**
 * The meetings report (zestawienie spotkań): the counts, then each held meeting with its date, topic, attendance
 * and postulates with what became of them. Built in code with Word's built-in styles (Title, Heading 1–3, table
 * grid), since it is a plain list with no municipal wording to keep in a template.
 */
final class MeetingsReportDocx {

    private static final ObjectFactory WML = Context.getWmlObjectFactory();
    /** Column shares in percent: a label and its value; Lp., organisation, the postulate (widest), its outcome. */
    private static final int[] FACTS = {45, 55};
    private static final int[] POSTULATES = {7, 23, 45, 25};
    /** The text width of the default A4 page in twentieths of a point, for the grid Word lays the columns out on. */
    private static final int TEXT_WIDTH = 9026;

    private MeetingsReportDocx() {
    }

    static WordprocessingMLPackage build(DraftSnapshot s) throws Docx4JException {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart doc = pkg.getMainDocumentPart();
        MeetingsPart p = s.meetings() != null ? s.meetings() : new MeetingsPart(0, List.of(), 0, 0, 0, 0, 0, 0, 0, List.of());
        doc.addStyledParagraphOfText("Title", "Spotkania z organizacjami");
        doc.addParagraphOfText("Zestawienie spotkań przy tworzeniu programu „" + s.programme().title() + "” – "
                + s.municipality().name() + ". Stan na " + DocumentModels.date(s.date()) + " r.");
        doc.addStyledParagraphOfText("Heading1", "Podsumowanie");
        doc.getContent().add(table(List.of(
                List.of("Spotkania, które się odbyły", String.valueOf(p.held())),
                List.of("W tym według rodzaju", p.byKind().isEmpty() ? "–" : String.join("\n", p.byKind().stream()
                        .map(k -> k.label() + ": " + k.count()).toList())),
                List.of("Uczestnicy (osoby)", String.valueOf(p.people())),
                List.of("Organizacje (bez powtórzeń)", String.valueOf(p.organisations())),
                List.of("Postulaty", String.valueOf(p.postulates())),
                List.of("– przekształcone w propozycje zadań priorytetowych", String.valueOf(p.proposals())),
                List.of("– przekazane jako uwagi do treści programu", String.valueOf(p.remarks())),
                List.of("– zgłoszone jako uwagi w konsultacjach", String.valueOf(p.comments())),
                List.of("– czekające na rozpatrzenie", String.valueOf(p.open()))), false, FACTS));
        doc.addStyledParagraphOfText("Heading1", "Spotkania");
        if (p.meetings().isEmpty()) {
            doc.addParagraphOfText("Nie odbyło się jeszcze żadne spotkanie.");
        }
        int no = 1;
        for (MeetingsPart.Held m : p.meetings()) {
            doc.addStyledParagraphOfText("Heading2", no++ + ". " + DocumentModels.date(m.date()) + " r. – " + m.topic());
            doc.getContent().add(table(List.of(
                    List.of("Rodzaj", m.kindLabel()),
                    List.of("Termin", DocumentModels.date(m.date()) + " r., godz. " + m.time()),
                    List.of("Obszary", m.sectors()),
                    List.of("Miejsce", m.place() == null ? "–" : m.place()),
                    List.of("Prowadzący", m.moderator()),
                    List.of("Obecni", people(m.people()) + " z " + m.organisations() + " organizacji")), false, FACTS));
            if (m.postulates().isEmpty()) {
                doc.addParagraphOfText("Na spotkaniu nie zgłoszono postulatów.");
                continue;
            }
            doc.addStyledParagraphOfText("Heading3", "Postulaty");
            var rows = new java.util.ArrayList<List<String>>();
            rows.add(List.of("Lp.", "Organizacja", "Postulat", "Co się z nim stało"));
            int i = 1;
            for (MeetingsPart.Raised r : m.postulates()) {
                rows.add(List.of(i++ + ".", r.organisation(), r.content(),
                        r.outcomeLabel() + (r.detail() == null ? "" : " (" + r.detail() + ")")));
            }
            doc.getContent().add(table(rows, true, POSTULATES));
        }
        return pkg;
    }

    /** "1 osoba", "3 osoby", "5 osób", "22 osoby", "12 osób". */
    static String people(int n) {
        int tens = n % 100;
        String word = n == 1 ? "osoba" : n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? "osoby" : "osób";
        return n + " " + word;
    }

    /**
     * A table with single borders across the text width, its columns in the given shares (percent); with
     * {@code header}, the first row is bold and repeats on every page.
     */
    private static Tbl table(List<List<String>> rows, boolean header, int[] shares) {
        Tbl table = WML.createTbl();
        TblPr pr = WML.createTblPr();
        var style = WML.createCTTblPrBaseTblStyle();
        style.setVal("TableGrid");
        pr.setTblStyle(style);
        TblWidth width = WML.createTblWidth();
        width.setType("pct");
        width.setW(BigInteger.valueOf(5000));
        pr.setTblW(width);
        table.setTblPr(pr);
        var grid = WML.createTblGrid();
        for (int share : shares) {
            var col = WML.createTblGridCol();
            col.setW(BigInteger.valueOf((long) TEXT_WIDTH * share / 100));
            grid.getGridCol().add(col);
        }
        table.setTblGrid(grid);
        var borders = WML.createTblBorders();
        for (var setter : List.<java.util.function.Consumer<org.docx4j.wml.CTBorder>>of(borders::setTop, borders::setBottom,
                borders::setLeft, borders::setRight, borders::setInsideH, borders::setInsideV)) {
            var b = WML.createCTBorder();
            b.setVal(org.docx4j.wml.STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            setter.accept(b);
        }
        pr.setTblBorders(borders);
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = WML.createTr();
            if (header && r == 0) {
                var trPr = WML.createTrPr();
                trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new org.docx4j.wml.BooleanDefaultTrue()));
                tr.setTrPr(trPr);
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = rows.get(r).get(c);
                Tc tc = WML.createTc();
                var tcPr = WML.createTcPr();
                TblWidth cellWidth = WML.createTblWidth();
                cellWidth.setType("pct");
                cellWidth.setW(BigInteger.valueOf(shares[c] * 50L));
                tcPr.setTcW(cellWidth);
                tc.setTcPr(tcPr);
                boolean bold = header && r == 0 || !header && c == 0;
                String[] lines = text.split("\n", -1);
                for (String line : lines) {
                    tc.getContent().add(paragraph(line, bold));
                }
                tr.getContent().add(tc);
            }
            table.getContent().add(tr);
        }
        return table;
    }

    private static P paragraph(String text, boolean bold) {
        P p = WML.createP();
        var run = WML.createR();
        if (bold) {
            var rPr = WML.createRPr();
            rPr.setB(new org.docx4j.wml.BooleanDefaultTrue());
            run.setRPr(rPr);
        }
        var t = WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        run.getContent().add(t);
        p.getContent().add(run);
        return p;
    }
}
