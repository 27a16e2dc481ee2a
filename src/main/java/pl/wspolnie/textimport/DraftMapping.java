package pl.wspolnie.textimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import pl.wspolnie.drafting.UploadedDraft;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.text.Citations;
import pl.wspolnie.text.Unit;
import pl.wspolnie.text.UnitKind;

/**
 * Maps an uploaded draft back to the programme's units and finds what the editor changed. Three texts meet per unit:
 * the file's, the one of the version the file was made from ({@code base}) and the current one. A unit is changed
 * when the file differs from both; when the file still says what its version said, the editor did not touch it (a
 * later edit in the app stays); when both the app and the file changed it since, the file is refused (nothing is
 * silently overwritten). Every refusal names the field {@code file} and the unit's label, in Polish.
 */
final class DraftMapping {

    static final String FIELD = "file";

    private DraftMapping() {
    }

    /**
     * @param normalise how a unit's stored wording reads once rendered and read back (see DraftingService.asRendered)
     * @throws InvalidInputException naming {@code file} when the file cannot be mapped; nothing is changed then
     */
    static List<ImportedChange> changes(Long programmeId, UploadedDraft file, List<Citations.Numbered> current,
                                        List<Unit> base, int maxLength, UnaryOperator<String> normalise) {
        List<String> errors = new ArrayList<>();
        Map<Long, Citations.Numbered> now = new HashMap<>();
        current.forEach(n -> now.put(n.id(), n));
        Map<Long, String> labels = new HashMap<>(Citations.labels(base));
        current.forEach(n -> labels.put(n.id(), n.label()));
        file.malformed().forEach(name -> errors.add("znacznik „" + name + "” nie jest znacznikiem jednostki tekstu "
                + "(po „wsp_u” ma stać numer jednostki) — nie zmieniaj nazw zakładek w pliku"));
        file.duplicated().forEach(name -> errors.add("znacznik jednostki " + label(labels, name) + " („" + name
                + "”) występuje w pliku więcej niż raz — usuń skopiowaną kopię jednostki, zostaw tylko jej oryginał"));
        for (Long id : file.units().keySet()) {
            if (!now.containsKey(id)) {
                errors.add("znacznik „wsp_u" + id + "” nie należy do żadnej jednostki tekstu tego programu"
                        + " — jednostki usunięto albo fragment skopiowano z innego dokumentu");
            }
        }
        for (Unit u : base) {
            if (!file.units().containsKey(u.id()) && now.containsKey(u.id())) {
                errors.add("Brak znacznika jednostki " + labels.get(u.id()) + " — nie usuwaj całej jednostki ani jej "
                        + "znacznika (zakładki „wsp_u" + u.id() + "”); przywróć jej tekst z pobranego pliku i zmień tylko "
                        + "jej brzmienie");
            }
        }
        Map<Long, Unit> then = new HashMap<>();
        base.forEach(u -> then.put(u.id(), u));
        file.headings().forEach((id, heading) -> {
            Citations.Numbered n = now.get(id);
            if (n != null && !heading.equals(normalise.apply(n.unit().heading()))
                    && (then.get(id) == null || !heading.equals(normalise.apply(then.get(id).heading())))) {
                errors.add("zmieniono nagłówek przy " + n.label() + " — nagłówków nie zmienia się przez import pliku, "
                        + "przywróć brzmienie „" + n.unit().heading() + "”");
            }
        });
        List<ImportedChange> changes = new ArrayList<>();
        for (Citations.Numbered n : current) {
            String text = file.units().get(n.id());
            if (text == null) {
                continue;
            }
            Unit unit = n.unit();
            Unit old = then.get(n.id());
            boolean chapter = unit.kind() == UnitKind.CHAPTER;
            String now1 = normalise.apply(chapter ? unit.heading() : unit.text());
            String was = old == null ? null : normalise.apply(chapter ? old.heading() : old.text());
            if (text.equals(now1) || text.equals(was)) {
                continue;
            }
            if (chapter) {
                errors.add("zmieniono tytuł rozdziału " + n.label() + " — tytułów rozdziałów nie zmienia się przez import "
                        + "pliku, przywróć brzmienie „" + unit.heading() + "”");
            } else if (was != null && !Objects.equals(was, now1)) {
                errors.add("jednostkę " + n.label() + " zmieniono w aplikacji po utworzeniu wersji, z której pochodzi plik, "
                        + "a plik zmienia ją także — pobierz aktualny projekt i nanieś zmianę w nim");
            } else if (text.length() > maxLength) {
                errors.add("jednostka " + n.label() + " ma po zmianie " + text.length() + " znaków, a może mieć najwyżej "
                        + maxLength);
            } else if (text.contains("${")) {
                errors.add("jednostka " + n.label() + " zawiera „${” — pola szablonu nie są tekstem programu");
            } else {
                changes.add(new ImportedChange(n.id(), n.label(), unit.text(), text, WordDiff.of(unit.text(), text)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(m -> new InvalidInputException.FieldError(FIELD, m)).toList());
        }
        return changes;
    }

    /**
     * Refuses a file not made for this programme: without our document properties, another programme's, another
     * document than the draft, or a version the programme does not have.
     */
    static void checkIdentity(Long programmeId, UploadedDraft file, boolean versionKnown) {
        String error = null;
        if (file.programmeId() == null) {
            error = "plik nie jest projektem pobranym z aplikacji Wspólnie: nie ma we właściwościach dokumentu "
                    + "identyfikatora programu (Wspolnie.ProgrammeId) — pobierz projekt z aplikacji i edytuj ten plik";
        } else if (!file.programmeId().equals(programmeId)) {
            error = "plik jest projektem innego programu (nr " + file.programmeId() + "), a nie programu nr " + programmeId
                    + " — wgraj go do właściwego programu";
        } else if (file.document() != null && !UploadedDraft.PROGRAMME_DRAFT.equals(file.document())) {
            error = "plik jest dokumentem „" + file.document() + "”, a nie projektem uchwały z programem";
        } else if (!versionKnown) {
            error = "plik wskazuje wersję " + file.version() + " projektu, której program nr " + programmeId
                    + " nie ma (albo wersja powstała, zanim tekst programu stał się jednostkami)";
        }
        if (error != null) {
            throw new InvalidInputException(FIELD, error);
        }
    }

    private static String label(Map<Long, String> labels, String bookmark) {
        String id = bookmark.replaceFirst("^wsp_[uh]", "");
        return id.matches("[0-9]{1,18}") ? labels.getOrDefault(Long.valueOf(id), bookmark) : bookmark;
    }
}
