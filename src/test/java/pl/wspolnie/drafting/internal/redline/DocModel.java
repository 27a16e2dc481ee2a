package pl.wspolnie.drafting.internal.redline;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Test support: a small document model (headings, paragraphs of runs, tables) written to DOCX with docx4j. */
final class DocModel {

    private DocModel() {
    }

    sealed interface Block permits Para, Table {
    }

    /**
     * A run of text, possibly bold or italic; with a {@code field} instruction (e.g. "PAGE") it is a complex field
     * ({@code w:fldChar} begin, instruction, separate, the text as its cached result, end).
     */
    record Run(String text, boolean bold, boolean italic, String field) {

        Run(String text, boolean bold, boolean italic) {
            this(text, bold, italic, null);
        }
    }

    /**
     * A paragraph; {@code style} is a paragraph style id such as "Heading1", or null; {@code unit} the name of a
     * unit bookmark ({@code wsp_u<id>}) around its content, or null.
     */
    record Para(String style, List<Run> runs, String unit) implements Block {

        Para(String style, List<Run> runs) {
            this(style, runs, null);
        }

        Para withRuns(List<Run> newRuns) {
            return new Para(style, newRuns, unit);
        }

        static Para of(String text) {
            return new Para(null, List.of(new Run(text, false, false)));
        }

        static Para heading(int level, String text) {
            return new Para("Heading" + level, List.of(new Run(text, false, false)));
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** A table: rows of cells, each cell a list of blocks (the last one a paragraph). */
    record Table(List<List<List<Block>>> rows) implements Block {

        static Table of(List<List<String>> texts) {
            List<List<List<Block>>> rows = new ArrayList<>();
            for (List<String> row : texts) {
                List<List<Block>> cells = new ArrayList<>();
                for (String cell : row) {
                    cells.add(List.of(Para.of(cell)));
                }
                rows.add(cells);
            }
            return new Table(rows);
        }
    }

    private static final ObjectFactory WML = new ObjectFactory();

    static byte[] docx(List<? extends Block> blocks) {
        bookmarkIds = 0;
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            List<Object> body = pkg.getMainDocumentPart().getContent();
            for (Block b : blocks) {
                body.add(element(b));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object element(Block b) {
        return b instanceof Para p ? paragraph(p) : table((Table) b);
    }

    private static int bookmarkIds;

    private static P paragraph(Para para) {
        P p = new P();
        if (para.style() != null) {
            PPr pPr = new PPr();
            PPrBase.PStyle style = new PPrBase.PStyle();
            style.setVal(para.style());
            pPr.setPStyle(style);
            p.setPPr(pPr);
        }
        BigInteger bookmark = BigInteger.valueOf(++bookmarkIds);
        if (para.unit() != null) {
            CTBookmark start = new CTBookmark();
            start.setId(bookmark);
            start.setName(para.unit());
            p.getContent().add(WML.createPBookmarkStart(start));
        }
        for (Run run : para.runs()) {
            if (run.field() != null) {
                field(p, run);
                continue;
            }
            R r = new R();
            if (run.bold() || run.italic()) {
                RPr rPr = new RPr();
                if (run.bold()) {
                    rPr.setB(new BooleanDefaultTrue());
                }
                if (run.italic()) {
                    rPr.setI(new BooleanDefaultTrue());
                }
                r.setRPr(rPr);
            }
            Text t = new Text();
            t.setValue(run.text());
            t.setSpace("preserve");
            r.getContent().add(WML.createRT(t));
            p.getContent().add(r);
        }
        if (para.unit() != null) {
            CTMarkupRange end = new CTMarkupRange();
            end.setId(bookmark);
            p.getContent().add(WML.createPBookmarkEnd(end));
        }
        return p;
    }

    private static void field(P p, Run run) {
        p.getContent().add(fieldChar(STFldCharType.BEGIN));
        R instr = new R();
        Text t = new Text();
        t.setValue(" " + run.field() + " ");
        t.setSpace("preserve");
        instr.getContent().add(WML.createRInstrText(t));
        p.getContent().add(instr);
        p.getContent().add(fieldChar(STFldCharType.SEPARATE));
        R result = new R();
        Text value = new Text();
        value.setValue(run.text());
        value.setSpace("preserve");
        result.getContent().add(WML.createRT(value));
        p.getContent().add(result);
        p.getContent().add(fieldChar(STFldCharType.END));
    }

    private static R fieldChar(STFldCharType type) {
        FldChar fc = new FldChar();
        fc.setFldCharType(type);
        R r = new R();
        r.getContent().add(WML.createRFldChar(fc));
        return r;
    }

    private static Tbl table(Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        Tbl tbl = new Tbl();
        TblPr tblPr = new TblPr();
        org.docx4j.wml.CTTblPrBase.TblStyle style = new org.docx4j.wml.CTTblPrBase.TblStyle();
        style.setVal("TableGrid");
        tblPr.setTblStyle(style);
        TblWidth width = new TblWidth();
        width.setType("auto");
        width.setW(BigInteger.ZERO);
        tblPr.setTblW(width);
        tbl.setTblPr(tblPr);
        TblGrid grid = new TblGrid();
        for (int i = 0; i < columns; i++) {
            TblGridCol col = new TblGridCol();
            col.setW(BigInteger.valueOf(9000 / columns));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        for (List<List<Block>> row : table.rows()) {
            Tr tr = new Tr();
            for (List<Block> cell : row) {
                Tc tc = new Tc();
                TcPr tcPr = new TcPr();
                TblWidth w = new TblWidth();
                w.setType("dxa");
                w.setW(BigInteger.valueOf(9000 / columns));
                tcPr.setTcW(w);
                tc.setTcPr(tcPr);
                for (Block b : cell) {
                    tc.getContent().add(element(b));
                }
                tr.getContent().add(tc);
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }
}
