package pl.wspolnie.drafting.internal.redline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens are what a reader sees change: words, spaces, single marks; emoji and surrogate pairs stay whole. */
class RedlineTokenizerTest {

    @Test
    void splitsWordsSpacesAndPunctuation() {
        assertThat(Tokenizer.split("Gmina, „Wspólnie” &  <b> 10 000,00 zł."))
                .containsExactly("Gmina", ",", " ", "„", "Wspólnie", "”", " ", "&", "  ", "<", "b", ">", " ", "10",
                        " ", "000", ",", "00", " ", "zł", ".");
    }

    @Test
    void keepsEmojiSequencesAndCombiningMarksWhole() {
        assertThat(Tokenizer.split("a👍🏽b 👨‍👩‍👧 🇵🇱🇵🇱 é́ ❤️"))
                .containsExactly("a", "👍🏽", "b", " ", "👨‍👩‍👧", " ", "🇵🇱", "🇵🇱", " ", "é́", " ", "❤️");
    }

    @Test
    void nonBreakingSpaceIsSpace() {
        assertThat(Tokenizer.split("10\u00A0000")).containsExactly("10", "\u00A0", "000");
    }

    @Test
    void similarityWeighsWordsByLength() {
        WordBag a = WordBag.of("Ten akapit zostanie usunięty w nowej wersji.");
        WordBag b = WordBag.of("Nowy akapit dodany w wersji drugiej.");
        assertThat(a.dice(b)).isLessThan(BlockDiffer.PARAGRAPH_SIMILARITY);
        assertThat(WordBag.of("Rozdział 3. Cele").dice(WordBag.of("Rozdział 4. Cele")))
                .isGreaterThan(BlockDiffer.PARAGRAPH_SIMILARITY);
        assertThat(WordBag.of("").dice(WordBag.of(""))).isEqualTo(1.0);
    }
}
