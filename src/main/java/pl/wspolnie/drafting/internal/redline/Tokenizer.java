package pl.wspolnie.drafting.internal.redline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the units a reader sees change: words (letters and digits with their combining marks), runs of
 * whitespace, and single punctuation marks or symbols. An emoji stays whole with its variation selector, skin tone
 * and zero-width-joined parts, and a surrogate pair is never cut.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** End offsets (exclusive) of the tokens of {@code s}, in order; the first token starts at 0. */
    static int[] ends(CharSequence s) {
        int n = s.length();
        int[] ends = new int[Math.max(4, n / 3)];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            int kind = kind(cp);
            int j = i + Character.charCount(cp);
            if (kind == WORD || kind == SPACE) {
                while (j < n) {
                    int next = Character.codePointAt(s, j);
                    if (kind(next) != kind) {
                        break;
                    }
                    j += Character.charCount(next);
                }
            } else {
                j = symbolEnd(s, cp, j);
            }
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = j;
            i = j;
        }
        return java.util.Arrays.copyOf(ends, count);
    }

    /** The tokens themselves; convenient for tests and similarity bags. */
    static List<String> split(CharSequence s) {
        int[] ends = ends(s);
        List<String> tokens = new ArrayList<>(ends.length);
        int start = 0;
        for (int end : ends) {
            tokens.add(s.subSequence(start, end).toString());
            start = end;
        }
        return tokens;
    }

    static boolean isSpace(String token) {
        return !token.isEmpty() && kind(token.codePointAt(0)) == SPACE;
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && kind(token.codePointAt(0)) == WORD;
    }

    static boolean isWord(int cp) {
        return kind(cp) == WORD;
    }

    static boolean isSpace(char c) {
        return kind(c) == SPACE;
    }

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    /**
     * The kind of every code point of the Basic Multilingual Plane, worked out once: the redline asks for the kind
     * of every character of both versions several times (tokens, whitespace normalisation, word bags), and
     * {@link Character}'s look-ups for Polish letters were a sixth of its time (issue #11).
     */
    private static final byte[] BMP_KINDS = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP_KINDS.length; cp++) {
            BMP_KINDS[cp] = (byte) kindOf(cp);
        }
    }

    private static int kind(int cp) {
        return cp < BMP_KINDS.length ? BMP_KINDS[cp] : kindOf(cp);
    }

    private static int kindOf(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
                return WORD;
            }
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F) ? SPACE : OTHER;
        }
        if (Character.isLetterOrDigit(cp) || isMark(cp)) {
            return WORD;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        return OTHER;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Extends a symbol over what belongs to it: variation selectors, skin tones, ZWJ sequences, flag pairs. */
    private static int symbolEnd(CharSequence s, int first, int j) {
        int n = s.length();
        boolean regional = isRegionalIndicator(first);
        while (j < n) {
            int next = Character.codePointAt(s, j);
            if (next == 0xFE0E || next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF) || isMark(next)
                    || (next >= 0xE0020 && next <= 0xE007F)) {
                j += Character.charCount(next);
            } else if (next == 0x200D && j + 1 < n) {
                j += 1;
                j += Character.charCount(Character.codePointAt(s, j));
            } else if (regional && isRegionalIndicator(next)) {
                j += Character.charCount(next);
                regional = false;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
