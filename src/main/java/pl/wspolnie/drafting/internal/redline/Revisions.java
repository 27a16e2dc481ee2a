package pl.wspolnie.drafting.internal.redline;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Makes the revision marks of one comparison: every mark gets the author and date of its unit (see {@link
 * Attribution}) and a
 * {@code w:id} unique in the document, as Word and LibreOffice expect.
 */
final class Revisions {

    /** What happened to a paragraph mark (the end of a paragraph): kept, inserted, deleted, or inserted and deleted. */
    enum Mark {
        KEPT, INSERTED, DELETED, INSERTED_AND_DELETED;

        boolean inserted() {
            return this == INSERTED || this == INSERTED_AND_DELETED;
        }

        boolean deleted() {
            return this == DELETED || this == INSERTED_AND_DELETED;
        }
    }

    private final Attribution attribution;
    private final DatatypeFactory dates;
    private final Map<Instant, XMLGregorianCalendar> dateCache = new HashMap<>();
    private String unit;
    private long nextId;
    private int count;

    /** Revisions attributed as {@code attribution} says, numbered from {@code firstId} on. */
    Revisions(Attribution attribution, long firstId) {
        this.attribution = attribution;
        this.nextId = firstId;
        try {
            this.dates = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("no XML date support", e);
        }
    }

    /** The unit bookmark the marks made from now on lie in (null: none), which decides their author. */
    void unit(String bookmarkName) {
        this.unit = bookmarkName;
    }

    /** How many revision marks were made. */
    int count() {
        return count;
    }

    RunIns ins() {
        return stamp(new RunIns());
    }

    RunDel del() {
        return stamp(new RunDel());
    }

    private CTTrackChange mark() {
        return stamp(new CTTrackChange());
    }

    private <T extends CTTrackChange> T stamp(T change) {
        Attribution.Author author = attribution.author(unit);
        change.setId(BigInteger.valueOf(nextId++));
        change.setAuthor(author.name());
        change.setDate(dateCache.computeIfAbsent(author.date(),
                d -> dates.newXMLGregorianCalendar(d.truncatedTo(ChronoUnit.SECONDS).toString())));
        count++;
        return change;
    }

    static Mark markOf(P p) {
        ParaRPr rPr = p.getPPr() == null ? null : p.getPPr().getRPr();
        if (rPr == null) {
            return Mark.KEPT;
        }
        boolean ins = rPr.getIns() != null;
        boolean del = rPr.getDel() != null;
        return ins && del ? Mark.INSERTED_AND_DELETED : ins ? Mark.INSERTED : del ? Mark.DELETED : Mark.KEPT;
    }

    /** Sets what happened to the paragraph mark, replacing whatever was recorded before. */
    void setMark(P p, Mark mark) {
        if (mark == Mark.KEPT && markOf(p) == Mark.KEPT) {
            return;
        }
        PPr pPr = p.getPPr();
        if (pPr == null) {
            pPr = new PPr();
            pPr.setParent(p);
            p.setPPr(pPr);
        }
        ParaRPr rPr = pPr.getRPr();
        if (rPr == null) {
            rPr = new ParaRPr();
            rPr.setParent(pPr);
            pPr.setRPr(rPr);
        }
        rPr.setIns(mark.inserted() ? mark() : null);
        rPr.setDel(mark.deleted() ? mark() : null);
    }

    /** Marks a whole table row as inserted or deleted. */
    void markRow(Tr tr, boolean inserted) {
        TrPr trPr = tr.getTrPr();
        if (trPr == null) {
            trPr = new TrPr();
            trPr.setParent(tr);
            tr.setTrPr(trPr);
        }
        trPr.setIns(inserted ? mark() : null);
        trPr.setDel(inserted ? null : mark());
    }
}
