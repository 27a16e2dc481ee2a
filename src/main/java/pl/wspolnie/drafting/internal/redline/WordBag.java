package pl.wspolnie.drafting.internal.redline;

/**
 * The tokens of a text with their weights, to tell whether two blocks are versions of each other. A word weighs
 * its length, a symbol or punctuation mark 1, whitespace nothing: sharing "w", "a" and full stops does not make
 * two different sentences alike.
 *
 * <p>The tokens are counted in place, as ranges of the text in an open-addressing table, not as a map of
 * substrings: a bag is made of a whole table's text too, and the substrings, their hashes and the map's boxes were
 * most of the redline's similarity checks (issue #11).
 */
final class WordBag {

    private final String text;
    /** Per distinct token: where it starts and ends in {@link #text}, its hash and how often it occurs. */
    private int[] starts;
    private int[] ends;
    private int[] hashes;
    private int[] counts;
    private int size;
    /** Open addressing: slot → token index + 1, 0 for empty; the length is a power of two. */
    private int[] slots;
    private int weight;

    private WordBag(String text, int expected) {
        this.text = text;
        int capacity = Math.max(8, expected);
        starts = new int[capacity];
        ends = new int[capacity];
        hashes = new int[capacity];
        counts = new int[capacity];
        slots = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

    static WordBag of(String text) {
        int[] tokenEnds = Tokenizer.ends(text);
        WordBag bag = new WordBag(text, tokenEnds.length / 2 + 1);
        int start = 0;
        for (int end : tokenEnds) {
            // whitespace tokens are skipped (no whitespace lies outside the Basic Multilingual Plane, so the first
            // char tells)
            if (!Tokenizer.isSpace(text.charAt(start))) {
                bag.add(start, end);
            }
            start = end;
        }
        return bag;
    }

    private void add(int start, int end) {
        int hash = hash(text, start, end);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            if (index < 0) {
                if (size == starts.length) {
                    grow();
                    add(start, end);
                    return;
                }
                starts[size] = start;
                ends[size] = end;
                hashes[size] = hash;
                counts[size] = 1;
                slots[slot] = ++size;
                weight += weight(text, start, end);
                return;
            }
            if (hashes[index] == hash && same(text, starts[index], ends[index], text, start, end)) {
                counts[index]++;
                weight += weight(text, start, end);
                return;
            }
        }
    }

    private void grow() {
        int capacity = starts.length * 2;
        starts = java.util.Arrays.copyOf(starts, capacity);
        ends = java.util.Arrays.copyOf(ends, capacity);
        hashes = java.util.Arrays.copyOf(hashes, capacity);
        counts = java.util.Arrays.copyOf(counts, capacity);
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = hashes[i] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** How often this bag holds the token {@code s[start, end)} with the given hash. */
    private int count(String s, int start, int end, int hash) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot] - 1;
            if (index < 0) {
                return 0;
            }
            if (hashes[index] == hash && same(text, starts[index], ends[index], s, start, end)) {
                return counts[index];
            }
        }
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        // spread the bits, the low ones pick the slot
        return h ^ (h >>> 16);
    }

    private static boolean same(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        return aEnd - aStart == bEnd - bStart && a.regionMatches(aStart, b, bStart, aEnd - aStart);
    }

    private static int weight(String s, int start, int end) {
        return Tokenizer.isWord(s.codePointAt(start)) ? end - start : 1;
    }

    /** Weighted Dice coefficient: 1 for the same tokens, 0 for none in common (and 1 for two empty texts). */
    double dice(WordBag other) {
        int total = weight + other.weight;
        if (total == 0) {
            return 1;
        }
        WordBag small = size <= other.size ? this : other;
        WordBag large = small == this ? other : this;
        int common = 0;
        for (int i = 0; i < small.size; i++) {
            int n = large.count(small.text, small.starts[i], small.ends[i], small.hashes[i]);
            if (n != 0) {
                common += Math.min(n, small.counts[i]) * weight(small.text, small.starts[i], small.ends[i]);
            }
        }
        return 2.0 * common / total;
    }
}
