package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import pl.wspolnie.drafting.internal.redline.Alignment.Step;
import pl.wspolnie.drafting.internal.redline.Inline.Piece;
import pl.wspolnie.drafting.internal.redline.InlineWriter.State;

/**
 * Word-level diff of two versions of one paragraph. The newer paragraph keeps its properties and gets new content:
 * kept and inserted words with the newer runs' formatting, deleted words with the older runs' formatting.
 */
final class ParagraphDiffer {

    /** A piece of text of one run inside a token; a token may span runs. */
    record Segment(R run, String text) {
    }

    /**
     * A word, space run or symbol (with its segments), or one non-text piece or one whole field
     * ({@code elements}, no segments). Markers without text (bookmarks …) ride with the token after them, as
     * {@code elements} written before its segments; they do not count in its key.
     */
    record Token(String key, List<Segment> segments, List<Piece> elements) {
    }

    private final Revisions revisions;

    ParagraphDiffer(Revisions revisions) {
        this.revisions = revisions;
    }

    /** Rewrites the newer paragraph of the pair with the differences marked; returns it. */
    P diff(Block from, Block to) {
        List<Token> a = withoutMarkers(tokens(from.pieces));
        List<Token> b = tokens(to.pieces);
        List<String> aKeys = a.stream().map(Token::key).toList();
        List<String> bKeys = b.stream().map(Token::key).toList();
        List<Step> steps = absorbSpaces(Alignment.align(aKeys, bKeys, String::equals),
                i -> Tokenizer.isSpace(bKeys.get(i)));
        InlineWriter writer = new InlineWriter(revisions);
        for (Step step : steps) {
            if (step.matched()) {
                write(writer, State.KEPT, b, step.toStart(), step.toEnd());
            } else {
                write(writer, State.DELETED, a, step.fromStart(), step.fromEnd());
                write(writer, State.INSERTED, b, step.toStart(), step.toEnd());
            }
        }
        P p = to.paragraph();
        List<Object> content = writer.content();
        p.getContent().clear();
        p.getContent().addAll(content);
        return p;
    }

    /** The older paragraph's markers are not carried into deleted text: they belong to the older file. */
    private static List<Token> withoutMarkers(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.key().equals(MARKERS)) {
                continue;
            }
            if (t.segments().isEmpty() || t.elements().isEmpty()) {
                out.add(t);
            } else {
                out.add(new Token(t.key(), t.segments(), List.of()));
            }
        }
        return out;
    }

    private static void write(InlineWriter writer, State state, List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            for (Piece piece : token.elements()) {
                writer.piece(state, piece);
            }
            for (Segment s : token.segments()) {
                writer.text(state, s.run(), s.text());
            }
        }
    }

    /**
     * A lone space between two changes is folded into them, so "a b" → "c d" reads as one deletion and one
     * insertion rather than four marks around a kept space.
     */
    static List<Step> absorbSpaces(List<Step> steps, IntPredicate isSpaceInNewer) {
        List<Step> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            int n = out.size();
            if (!s.matched() && n >= 2 && !out.get(n - 2).matched() && onlySpaces(out.get(n - 1), isSpaceInNewer)) {
                Step before = out.get(n - 2);
                out.remove(n - 1);
                out.set(n - 2, new Step(false, before.fromStart(), s.fromEnd(), before.toStart(), s.toEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean onlySpaces(Step step, IntPredicate isSpaceInNewer) {
        if (!step.matched()) {
            return false;
        }
        for (int i = step.toStart(); i < step.toEnd(); i++) {
            if (!isSpaceInNewer.test(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokens of a paragraph's pieces: text is tokenised across run boundaries, a field is one token keyed by its
     * instruction, other pieces are tokens alone, markers go with the next token (or make a last token of their own).
     */
    static List<Token> tokens(List<Piece> pieces) {
        List<Token> tokens = new ArrayList<>();
        int[] fieldEnds = Fields.ends(pieces);
        List<Piece> markers = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece piece = pieces.get(i);
            if (fieldEnds[i] > i) {
                List<Piece> field = new ArrayList<>(markers);
                field.addAll(pieces.subList(i, fieldEnds[i]));
                tokens.add(new Token(Fields.key(pieces, i, fieldEnds[i]), List.of(), field));
                markers = new ArrayList<>();
                i = fieldEnds[i];
                continue;
            }
            if (Inline.isMarker(piece)) {
                markers.add(piece);
                i++;
                continue;
            }
            if (!piece.isText()) {
                markers.add(piece);
                tokens.add(new Token(piece.key(), List.of(), markers));
                markers = new ArrayList<>();
                i++;
                continue;
            }
            int j = i;
            StringBuilder text = new StringBuilder();
            while (j < pieces.size() && pieces.get(j).isText()) {
                text.append(pieces.get(j).text());
                j++;
            }
            int first = tokens.size();
            textTokens(pieces.subList(i, j), text, tokens);
            if (!markers.isEmpty()) {
                Token t = tokens.get(first);
                tokens.set(first, new Token(t.key(), t.segments(), markers));
                markers = new ArrayList<>();
            }
            i = j;
        }
        if (!markers.isEmpty()) {
            tokens.add(new Token(MARKERS, List.of(), markers));
        }
        return tokens;
    }

    /** Key of the markers at the end of a paragraph, which the older side never shows (see {@link #diff}). */
    private static final String MARKERS = "\u0000markers";

    private static void textTokens(List<Piece> texts, StringBuilder text, List<Token> out) {
        int[] ends = Tokenizer.ends(text);
        int piece = 0;
        int pieceStart = 0;
        int start = 0;
        for (int end : ends) {
            List<Segment> segments = new ArrayList<>(1);
            int pos = start;
            while (pos < end) {
                Piece p = texts.get(piece);
                int pieceEnd = pieceStart + p.text().length();
                int segEnd = Math.min(end, pieceEnd);
                segments.add(new Segment(p.run(), p.text().substring(pos - pieceStart, segEnd - pieceStart)));
                pos = segEnd;
                if (pos == pieceEnd) {
                    piece++;
                    pieceStart = pieceEnd;
                }
            }
            out.add(new Token(text.substring(start, end), segments, List.of()));
            start = end;
        }
    }
}
