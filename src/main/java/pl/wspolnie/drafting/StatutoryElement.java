package pl.wspolnie.drafting;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The eleven elements every cooperation programme must contain (art. 5a ust. 4 UDPP), each recognised in the draft
 * by a chapter heading that contains one of its key phrases. Matching ignores case, Polish diacritics and spacing,
 * so "Wysokość środków", "WYSOKOSC  SRODKOW" and a non-breaking space all count.
 */
public enum StatutoryElement {
    GOALS(1, "cel główny i cele szczegółowe programu", "cel główny"),
    PRINCIPLES(2, "zasady współpracy", "zasady współpracy"),
    SCOPE(3, "zakres przedmiotowy", "zakres przedmiotowy"),
    FORMS(4, "formy współpracy", "formy współpracy"),
    PRIORITY_TASKS(5, "priorytetowe zadania publiczne", "priorytetowe zadania", "zadania priorytetowe"),
    PERIOD(6, "okres realizacji programu", "okres realizacji"),
    METHOD(7, "sposób realizacji programu", "sposób realizacji"),
    FUNDS(8, "wysokość środków planowanych na realizację programu", "wysokość środków"),
    EVALUATION(9, "sposób oceny realizacji programu", "sposób oceny"),
    CREATION_AND_CONSULTATION(10, "informacja o sposobie tworzenia programu oraz o przebiegu konsultacji",
            "przebiegu konsultacji", "tworzenia programu"),
    COMPETITION_COMMITTEES(11, "tryb powoływania i zasady działania komisji konkursowych", "komisji konkursowych",
            "komisje konkursowe");

    private final int point;
    private final String label;
    private final List<String> phrases;

    StatutoryElement(int point, String label, String... phrases) {
        this.point = point;
        this.label = label;
        this.phrases = List.of(phrases).stream().map(StatutoryElement::normalise).toList();
    }

    /** The point of art. 5a ust. 4 that requires it. */
    public int point() {
        return point;
    }

    public String label() {
        return label;
    }

    /** Whether a heading names this element. */
    public boolean namedBy(String heading) {
        String text = normalise(heading);
        return phrases.stream().anyMatch(text::contains);
    }

    /** Lower case, without diacritics (ł as l), every run of white space (also non-breaking) as one space. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L');
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
