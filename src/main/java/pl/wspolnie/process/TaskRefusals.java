package pl.wspolnie.process;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pl.wspolnie.shared.InvalidInputException.FieldError;
import pl.wspolnie.shared.PolishFieldErrors;

/**
 * What Tasklist shows when our services refuse what a person entered in a Camunda form: every refused field by the
 * label its form gives it, in plain Polish (the rules every form shares from {@link PolishFieldErrors}). The services and the API keep their English field errors; this is the
 * translation for the people who read Tasklist. A message not foreseen here still names its field.
 */
final class TaskRefusals {

    static final String STAGE = "Tego kroku nie można już wykonać: sprawa jest na innym etapie. Odśwież listę zadań.";

    private static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("title", "Tytuł"), Map.entry("kind", "Rodzaj programu"),
            Map.entry("firstYear", "Pierwszy rok obowiązywania"), Map.entry("lastYear", "Ostatni rok obowiązywania"),
            Map.entry("proposalDeadline", "Termin naboru propozycji zadań"),
            Map.entry("calendar.proposalDeadline", "Termin naboru propozycji zadań"),
            Map.entry("sectionsDue", "Termin przygotowania części sektorowych"),
            Map.entry("calendar.sectionsDue", "Termin przygotowania części sektorowych"),
            Map.entry("consultationStart", "Początek konsultacji"), Map.entry("calendar.consultationStart", "Początek konsultacji"),
            Map.entry("consultationEnd", "Koniec konsultacji"), Map.entry("calendar.consultationEnd", "Koniec konsultacji"),
            Map.entry("calendar.opinionDeadline", "Termin opinii Rady Pożytku"),
            Map.entry("councilDeadline", "Termin uchwalenia przez Radę Miasta"),
            Map.entry("calendar.councilDeadline", "Termin uchwalenia przez Radę Miasta"),
            Map.entry("programmeId", "Program"), Map.entry("externalRef", "Sygnatura zgłoszenia"),
            Map.entry("submitterType", "Kto zgłasza"), Map.entry("submitter", "Zgłaszający"),
            Map.entry("submitter.type", "Kto zgłasza"), Map.entry("submitterCode", "Wydział lub jednostka"),
            Map.entry("submitter.code", "Wydział lub jednostka"), Map.entry("submitterName", "Nazwa organizacji"),
            Map.entry("submitter.name", "Nazwa organizacji"), Map.entry("krs", "Numer KRS"), Map.entry("submitter.krs", "Numer KRS"),
            Map.entry("email", "Adres e-mail do kontaktu"), Map.entry("submitter.email", "Adres e-mail do kontaktu"),
            Map.entry("sector", "Obszar współpracy"), Map.entry("description", "Opis zadania"),
            Map.entry("justification", "Uzasadnienie"), Map.entry("form", "Forma realizacji"),
            Map.entry("mode", "Tryb finansowania"), Map.entry("plannedAmountPln", "Planowana kwota (zł)"),
            Map.entry("years", "Lata realizacji"), Map.entry("firstYearOfTask", "Pierwszy rok realizacji"),
            Map.entry("triageDecision", "Rozstrzygnięcie"), Map.entry("targetSector", "Obszar docelowy"),
            Map.entry("mergeIntoTaskId", "Zadanie, z którym połączyć propozycję"),
            Map.entry("triageReason", "Uzasadnienie rozstrzygnięcia"),
            Map.entry("sectionNarrative", "Treść części sektorowej"), Map.entry("sectionDecision", "Decyzja"),
            Map.entry("reviewRemarks", "Uwagi do poprawy"), Map.entry("draftDecision", "Decyzja"),
            Map.entry("draftRemarks", "Uwagi do projektu"), Map.entry("sectionsToReturn", "Części do zwrotu"),
            Map.entry("completionDecision", "Sposób uzupełnienia"), Map.entry("completionNote", "Jak braki zostaną uzupełnione"),
            Map.entry("opinionText", "Treść opinii Rady"), Map.entry("commentDecision", "Stanowisko"),
            Map.entry("responseJustification", "Uzasadnienie stanowiska"),
            Map.entry("signOffConfirmed", "Potwierdzam, że każda uwaga ma odpowiedź"), Map.entry("signOffNote", "Notatka"),
            Map.entry("earlyEndReason", "Powód wcześniejszego zakończenia konsultacji"),
            Map.entry("newConsultationStart", "Nowy dzień rozpoczęcia konsultacji"),
            Map.entry("earlyEndConfirmed", "Potwierdzam zakończenie konsultacji teraz"),
            Map.entry("revisionSummary", "Opis zmian w projekcie po konsultacjach"), Map.entry("mayorDecision", "Decyzja"),
            Map.entry("mayorRemarks", "Uwagi do poprawy"), Map.entry("printNumber", "Druk nr"),
            Map.entry("submittedOn", "Data przekazania Radzie"), Map.entry("amendmentsSummary", "Opis wprowadzonych poprawek"),
            Map.entry("decision", "Decyzja Rady"), Map.entry("resolutionNumber", "Numer uchwały"),
            Map.entry("decisionDate", "Data podjęcia uchwały"), Map.entry("amendments", "Poprawki Rady"));

    /** Refusals that need more than "check the field": the rules of a decision. */
    private static final Map<String, String> SPECIFIC = Map.ofEntries(
            Map.entry("reviewRemarks", "Przy zwrocie części napisz w polu „Uwagi do poprawy”, co zespół ma poprawić."),
            Map.entry("mayorRemarks", "Przy zwrocie projektu napisz w polu „Uwagi do poprawy”, co trzeba poprawić."),
            Map.entry("triageReason", "Przy odrzuceniu lub połączeniu napisz w polu „Uzasadnienie rozstrzygnięcia”, dlaczego"
                    + " – zgłaszający je przeczyta."),
            Map.entry("sectionsToReturn", "Zaznacz w polu „Części do zwrotu” co najmniej jedną część."),
            Map.entry("targetSector", "Wybierz w polu „Obszar docelowy” obszar, do którego trafi nowe zadanie."),
            Map.entry("signOffConfirmed", "Zaznacz „Potwierdzam, że każda uwaga ma odpowiedź”, zanim zamkniesz konsultacje."),
            Map.entry("earlyEndReason", "Napisz w polu „Powód wcześniejszego zakończenia konsultacji”, dlaczego konsultacje"
                    + " kończą się przed terminem – powód zobaczą organizacje na stronie konsultacji."),
            Map.entry("earlyEndConfirmed", "Zaznacz „Potwierdzam zakończenie konsultacji teraz”, jeśli konsultacje mają się"
                    + " zakończyć przed terminem."));

    private static final Pattern NOT_BEFORE = Pattern.compile("^must not be before .* ([0-9]{4})-([0-9]{2})-([0-9]{2})$");
    private static final Pattern LASTING = Pattern.compile("^consultation must last at least ([0-9]+) days$");

    /** Tasklist's labels, and its sentences for a field left empty, over the shared catalogue. */
    private static final PolishFieldErrors CATALOGUE = new PolishFieldErrors(LABEL, SPECIFIC);

    private TaskRefusals() {
    }

    static String polish(List<FieldError> errors) {
        return errors.stream().map(TaskRefusals::polish).distinct().collect(Collectors.joining(" "));
    }

    static String polish(FieldError error) {
        String field = error.field();
        String english = error.message();
        String label = "„" + CATALOGUE.label(field) + "”";
        Matcher m = NOT_BEFORE.matcher(english);
        if (m.matches()) {
            return "Data w polu " + label + " nie może być wcześniejsza niż " + m.group(3) + "." + m.group(2) + "." + m.group(1) + ".";
        }
        m = LASTING.matcher(english);
        if (m.matches()) {
            return "Konsultacje muszą trwać co najmniej " + m.group(1) + " dni – przesuń datę w polu " + label + ".";
        }
        if (english.startsWith("must be a date")) {
            return "W polu " + label + " wpisz datę w postaci DD.MM.RRRR, np. 30.11.2026.";
        }
        if (english.startsWith("must be a number") || english.startsWith("must be between 2000 and 2100")) {
            return "W polu " + label + " wpisz rok czterema cyframi, np. 2027.";
        }
        if (english.startsWith("must not be in the future")) {
            return "Data w polu " + label + " nie może być późniejsza niż dzisiejsza.";
        }
        if (english.startsWith("must be a non-negative amount")) {
            return "W polu " + label + " wpisz kwotę w złotych cyframi, np. 12500 albo 12500,50.";
        }
        if (english.startsWith("no programme has an open call")) {
            return "Żaden program nie prowadzi teraz naboru propozycji. Zespół koordynacyjny może jeszcze dodać propozycję do "
                    + "programu w przygotowaniu – wpisz jego numer w polu „Numer programu”.";
        }
        if (english.startsWith("several programmes have an open call")) {
            return "Nabór trwa w kilku programach – wpisz w polu „Numer programu”, do którego programu zgłaszasz propozycję.";
        }
        if (english.startsWith("must be after the consultation starts")) {
            return "Termin opinii Rady Pożytku musi przypadać po początku konsultacji.";
        }
        if (english.startsWith("an annual programme")) {
            return "W programie rocznym ostatni rok obowiązywania jest taki sam jak pierwszy.";
        }
        if (english.startsWith("a multi-year programme")) {
            return "Program wieloletni obejmuje co najmniej dwa lata – ostatni rok musi być późniejszy niż pierwszy.";
        }
        // the rules every form shares (required, length, KRS, e-mail, Polish sentences) read as the catalogue says
        String said = CATALOGUE.message(field, english);
        return said.equals("Sprawdź pole " + label + ".") ? SPECIFIC.getOrDefault(field, said) : said;
    }
}
