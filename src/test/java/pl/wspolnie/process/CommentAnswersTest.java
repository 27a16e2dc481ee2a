package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CommentAnswersTest {

    @Test
    void aLongListKeepsWholeLinesWithinAVariableAndPointsToTheReport() {
        String lines = IntStream.rangeClosed(1, 300)
                .mapToObj(i -> "C-2027-%04d · Stowarzyszenie Przyjaciół Osiedla nr %d · uwzględniona częściowo".formatted(i, i))
                .collect(Collectors.joining("\n"));

        String shown = CommentAnswers.fit(lines);

        assertThat(shown.length()).isLessThanOrEqualTo(4000).isGreaterThan(3800);
        assertThat(shown).startsWith("C-2027-0001 · ").endsWith("\n… (pełna lista w raporcie)");
        String[] kept = shown.split("\n");
        assertThat(kept[kept.length - 2]).matches("C-2027-\\d{4} · Stowarzyszenie Przyjaciół Osiedla nr \\d+ · uwzględniona częściowo");
    }

    @Test
    void aShortListIsShownWhole() {
        assertThat(CommentAnswers.fit("C-2027-0001 · Fundacja · nieuwzględniona")).isEqualTo("C-2027-0001 · Fundacja · nieuwzględniona");
    }
}
