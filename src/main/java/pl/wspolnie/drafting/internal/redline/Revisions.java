package pl.wspolnie.drafting.internal.redline;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.wml.CTMoveBookmark;
import org.docx4j.wml.CTMoveFromRangeEnd;
import org.docx4j.wml.CTMoveToRangeEnd;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Makes the revision marks of one comparison: every mark gets the author and date of its unit (see {@link
 * Attribution}) and a
 * {@code w:id} unique in the document, as Word and LibreOffice expect.
 */
final class Revisions {

    private static final ObjectFactory WML = new ObjectFactory();

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
    private final Map<String, BigInteger> rangeIds = new HashMap<>();
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
        change.setDate(date(author));
        count++;
        return change;
    }

    RunTrackChange moveContainer() {
        return stamp(new RunTrackChange());
    }

    /** The container as {@code w:moveFrom} (or {@code w:moveTo}) in paragraph content. */
    static JAXBElement<RunTrackChange> wrapMove(RunTrackChange container, boolean from) {
        return from ? WML.createPMoveFrom(container) : WML.createPMoveTo(container);
    }

    /** Opens the range of a move ({@code w:moveFromRangeStart} or {@code w:moveToRangeStart}), named as the move. */
    JAXBElement<CTMoveBookmark> moveRangeStart(String name, boolean from) {
        Attribution.Author author = attribution.author(unit);
        CTMoveBookmark start = new CTMoveBookmark();
        BigInteger id = BigInteger.valueOf(nextId++);
        start.setId(id);
        start.setName(name);
        start.setAuthor(author.name());
        start.setDate(date(author));
        rangeIds.put(name + from, id);
        return from ? WML.createPMoveFromRangeStart(start) : WML.createPMoveToRangeStart(start);
    }

    /** Closes the range opened by {@link #moveRangeStart} with the same name and side. */
    Object moveRangeEnd(String name, boolean from) {
        BigInteger id = rangeIds.get(name + from);
        if (from) {
            CTMoveFromRangeEnd end = new CTMoveFromRangeEnd();
            end.setId(id);
            return WML.createPMoveFromRangeEnd(end);
        }
        CTMoveToRangeEnd end = new CTMoveToRangeEnd();
        end.setId(id);
        return WML.createPMoveToRangeEnd(end);
    }

    /** Marks the paragraph mark as moved away ({@code from}) or moved here. */
    void setMoveMark(P p, boolean from) {
        ParaRPr rPr = paraRPr(p);
        if (from) {
            rPr.setMoveFrom(mark());
        } else {
            rPr.setMoveTo(mark());
        }
    }

    private XMLGregorianCalendar date(Attribution.Author author) {
        return dateCache.computeIfAbsent(author.date(),
                d -> dates.newXMLGregorianCalendar(d.truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    /** What happened to the paragraph mark; a mark moved away counts as deleted, one moved here as inserted. */
    static Mark markOf(P p) {
        ParaRPr rPr = p.getPPr() == null ? null : p.getPPr().getRPr();
        if (rPr == null) {
            return Mark.KEPT;
        }
        boolean ins = rPr.getIns() != null || rPr.getMoveTo() != null;
        boolean del = rPr.getDel() != null || rPr.getMoveFrom() != null;
        return ins && del ? Mark.INSERTED_AND_DELETED : ins ? Mark.INSERTED : del ? Mark.DELETED : Mark.KEPT;
    }

    /**
     * Sets what happened to the paragraph mark, replacing whatever was recorded before (a move mark too, as the
     * paragraph then no longer stands for the whole moved paragraph); nothing changes when it is already so.
     */
    void setMark(P p, Mark mark) {
        if (mark == markOf(p)) {
            return;
        }
        ParaRPr rPr = paraRPr(p);
        rPr.setMoveFrom(null);
        rPr.setMoveTo(null);
        rPr.setIns(mark.inserted() ? mark() : null);
        rPr.setDel(mark.deleted() ? mark() : null);
    }

    private static ParaRPr paraRPr(P p) {
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
        return rPr;
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
