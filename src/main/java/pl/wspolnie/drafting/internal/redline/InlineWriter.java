package pl.wspolnie.drafting.internal.redline;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.DelText;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.Text;
import pl.wspolnie.drafting.internal.redline.Inline.Piece;

/**
 * Writes the new content of one paragraph from pieces that are kept, inserted or deleted. Consecutive pieces of
 * the same run and state share one run; consecutive inserted (deleted) runs share one {@code w:ins}
 * ({@code w:del}). Deleted text is written as {@code w:delText}; every text keeps its spaces.
 */
final class InlineWriter {

    enum State { KEPT, INSERTED, DELETED }

    private static final ObjectFactory WML = new ObjectFactory();

    private final Revisions revisions;
    private final List<Object> out = new ArrayList<>();
    private State wrapperState;
    private List<Object> wrapperContent;
    private R run;
    private R runSource;
    private State runState;
    private final StringBuilder pendingText = new StringBuilder();

    InlineWriter(Revisions revisions) {
        this.revisions = revisions;
    }

    /** Content of a paragraph whose every piece is deleted: runs in {@code w:del}, text as {@code w:delText}. */
    static List<Object> deleted(Revisions revisions, List<Object> content) {
        InlineWriter writer = new InlineWriter(revisions);
        for (Piece piece : Inline.runPieces(content)) {
            writer.piece(State.DELETED, piece);
        }
        return writer.content();
    }

    /** Content as plain runs (containers opened, markers dropped), text as {@code w:t}: a moved paragraph's source. */
    static List<Object> plain(Revisions revisions, List<Object> content) {
        InlineWriter writer = new InlineWriter(revisions);
        for (Piece piece : Inline.runPieces(content)) {
            writer.piece(State.KEPT, piece);
        }
        return writer.content();
    }

    /** Wraps the runs of content (also inside hyperlinks, fields …) in {@code w:ins}, in place. */
    static void markInserted(Revisions revisions, List<Object> content) {
        List<Object> out = new ArrayList<>(content.size());
        RunIns current = null;
        for (Object o : content) {
            Object u = Block.unwrap(o);
            if (u instanceof R r) {
                if (current == null) {
                    current = revisions.ins();
                    out.add(current);
                }
                current.getCustomXmlOrSmartTagOrSdt().add(r);
                r.setParent(current);
                continue;
            }
            current = null;
            if (!(u instanceof RunIns) && !(u instanceof RunDel)) {
                List<Object> inner = Inline.childrenOf(u);
                if (inner != null) {
                    markInserted(revisions, inner);
                }
            }
            out.add(o);
        }
        content.clear();
        content.addAll(out);
    }

    List<Object> content() {
        closeRun();
        return out;
    }

    void piece(State state, Piece piece) {
        if (piece.isText()) {
            text(state, piece.run(), piece.text());
        } else if (!piece.isBesideRuns()) {
            runElement(state, piece.run(), piece.item());
        } else {
            beside(state, piece.item());
        }
    }

    void text(State state, R source, String text) {
        ensureRun(state, source);
        pendingText.append(text);
    }

    private void runElement(State state, R source, Object item) {
        if (state == State.DELETED) {
            item = deletable(item);
            if (item == null) {
                return;
            }
        }
        ensureRun(state, source);
        flushText();
        run.getContent().add(item);
    }

    private void beside(State state, Object item) {
        Object u = Block.unwrap(item);
        List<Object> inner = Inline.childrenOf(u);
        if (state == State.DELETED) {
            if (inner != null) {
                for (Piece piece : Inline.runPieces(inner)) {
                    piece(State.DELETED, piece);
                }
            }
            return;
        }
        if (state == State.INSERTED && inner != null) {
            markInserted(revisions, inner);
        }
        closeWrapper();
        out.add(item);
    }

    /**
     * What of an older run element can stand in a deleted run: characters and field structure do; drawings,
     * objects and note or comment references point into the older file's parts and are left out.
     */
    private static Object deletable(Object item) {
        Object u = Block.unwrap(item);
        if (u instanceof Text t) {
            Text copy = new Text();
            copy.setValue(t.getValue());
            copy.setSpace("preserve");
            return WML.createRDelInstrText(copy);
        }
        if (u instanceof R.Tab || u instanceof Br || u instanceof R.Cr || u instanceof R.NoBreakHyphen
                || u instanceof R.SoftHyphen || u instanceof R.Sym || u instanceof R.Ptab || u instanceof FldChar) {
            return item;
        }
        return null;
    }

    private void ensureRun(State state, R source) {
        if (run != null && runState == state && runSource == source && (state == State.KEPT || wrapperState == state)) {
            return;
        }
        closeRun();
        List<Object> target = target(state);
        R r = new R();
        r.setRPr(source.getRPr());
        target.add(r);
        run = r;
        runSource = source;
        runState = state;
    }

    private List<Object> target(State state) {
        if (state == State.KEPT) {
            closeWrapper();
            return out;
        }
        if (wrapperState != state) {
            closeWrapper();
            if (state == State.INSERTED) {
                RunIns ins = revisions.ins();
                wrapperContent = ins.getCustomXmlOrSmartTagOrSdt();
                out.add(ins);
            } else {
                RunDel del = revisions.del();
                wrapperContent = del.getCustomXmlOrSmartTagOrSdt();
                out.add(del);
            }
            wrapperState = state;
        }
        return wrapperContent;
    }

    private void closeWrapper() {
        closeRun();
        wrapperState = null;
        wrapperContent = null;
    }

    private void closeRun() {
        flushText();
        run = null;
        runSource = null;
        runState = null;
    }

    private void flushText() {
        if (pendingText.isEmpty() || run == null) {
            pendingText.setLength(0);
            return;
        }
        String value = pendingText.toString();
        pendingText.setLength(0);
        if (runState == State.DELETED) {
            DelText t = new DelText();
            t.setValue(value);
            t.setSpace("preserve");
            t.setParent(run);
            run.getContent().add(t);
        } else {
            Text t = new Text();
            t.setValue(value);
            t.setSpace("preserve");
            t.setParent(run);
            JAXBElement<Text> element = WML.createRT(t);
            run.getContent().add(element);
        }
    }
}
