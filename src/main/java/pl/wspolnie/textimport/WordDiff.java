package pl.wspolnie.textimport;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level difference of two wordings: runs of equal, deleted and inserted text, in reading order. */
public final class WordDiff {

    public enum Op { EQUAL, DELETE, INSERT }

    public record Segment(Op op, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {
    }

    static List<Segment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            add(out, Op.EQUAL, a.subList(i, d.getSource().getPosition()));
            add(out, Op.DELETE, d.getSource().getLines());
            add(out, Op.INSERT, d.getTarget().getLines());
            i = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, Op.EQUAL, a.subList(i, a.size()));
        return out;
    }

    private static void add(List<Segment> out, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new Segment(op, text));
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s == null ? "" : s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
