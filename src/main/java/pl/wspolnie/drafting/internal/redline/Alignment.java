package pl.wspolnie.drafting.internal.redline;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmI;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Sequence alignment on top of java-diff-utils' Myers diff: the whole of both sequences as a list of steps, each
 * either a run of matched elements or a hunk (elements only in the older, only in the newer sequence, or both).
 */
final class Alignment {

    /** Elements [fromStart, fromEnd) of the older and [toStart, toEnd) of the newer sequence. */
    record Step(boolean matched, int fromStart, int fromEnd, int toStart, int toEnd) {

        int fromSize() {
            return fromEnd - fromStart;
        }

        int toSize() {
            return toEnd - toStart;
        }
    }

    /** From this many elements on, the linear-space variant keeps memory bounded on very long sequences. */
    private static final int LINEAR_SPACE_FROM = 4000;

    private Alignment() {
    }

    /** Aligns by equal keys; keys are interned to numbers first so that the diff compares integers. */
    static <T> List<Step> byKey(List<T> from, List<T> to, Function<T, ?> key) {
        Map<Object, Integer> ids = new HashMap<>();
        List<Integer> a = new ArrayList<>(from.size());
        List<Integer> b = new ArrayList<>(to.size());
        for (T t : from) {
            a.add(ids.computeIfAbsent(key.apply(t), k -> ids.size()));
        }
        for (T t : to) {
            b.add(ids.computeIfAbsent(key.apply(t), k -> ids.size()));
        }
        return align(a, b, Integer::equals);
    }

    /**
     * Aligns with any matching predicate, also one that is not an equivalence (e.g. "similar enough"): a matched
     * step then holds pairs for which the predicate held.
     */
    static <T> List<Step> align(List<T> from, List<T> to, BiPredicate<T, T> matches) {
        int n = from.size();
        int m = to.size();
        // Common head and tail first: most of two versions of a document is the same.
        int head = 0;
        while (head < n && head < m && matches.test(from.get(head), to.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && matches.test(from.get(n - 1 - tail), to.get(m - 1 - tail))) {
            tail++;
        }
        List<Step> steps = new ArrayList<>();
        if (head > 0) {
            steps.add(new Step(true, 0, head, 0, head));
        }
        List<T> a = from.subList(head, n - tail);
        List<T> b = to.subList(head, m - tail);
        if (a.isEmpty() || b.isEmpty()) {
            if (!a.isEmpty() || !b.isEmpty()) {
                steps.add(new Step(false, head, n - tail, head, m - tail));
            }
        } else {
            DiffAlgorithmI<T> myers = a.size() + b.size() > LINEAR_SPACE_FROM
                    ? new MyersDiffWithLinearSpace<>(matches) : new MyersDiff<>(matches);
            List<Change> changes = new ArrayList<>(myers.computeDiff(a, b, null));
            changes.sort(Comparator.comparingInt((Change c) -> c.startOriginal).thenComparingInt(c -> c.startRevised));
            int i = 0;
            int j = 0;
            for (Change c : changes) {
                if (c.startOriginal > i || c.startRevised > j) {
                    // a gap between changes is matched pairwise; guard against lengths that do not agree
                    boolean pairwise = c.startOriginal - i == c.startRevised - j;
                    steps.add(new Step(pairwise, head + i, head + c.startOriginal, head + j, head + c.startRevised));
                }
                steps.add(new Step(false, head + c.startOriginal, head + c.endOriginal,
                        head + c.startRevised, head + c.endRevised));
                i = c.endOriginal;
                j = c.endRevised;
            }
            if (i < a.size() || j < b.size()) {
                boolean pairwise = a.size() - i == b.size() - j;
                steps.add(new Step(pairwise, head + i, head + a.size(), head + j, head + b.size()));
            }
        }
        if (tail > 0) {
            steps.add(new Step(true, n - tail, n, m - tail, m));
        }
        return merge(steps);
    }

    /** Joins neighbouring steps of the same kind (the diff may report adjacent hunks separately). */
    private static List<Step> merge(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            if (s.fromSize() == 0 && s.toSize() == 0) {
                continue;
            }
            if (!out.isEmpty()) {
                Step last = out.get(out.size() - 1);
                if (last.matched() == s.matched()) {
                    out.set(out.size() - 1, new Step(s.matched(), last.fromStart(), s.fromEnd(), last.toStart(), s.toEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }
}
