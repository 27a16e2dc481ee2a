package pl.wspolnie.process;

import pl.wspolnie.programme.Stage;

/** What the coordination team can do when the adoption deadline is near or past, by the stage the cycle is in. */
final class DeadlineAdvice {

    private DeadlineAdvice() {
    }

    static String of(Stage stage, boolean missed) {
        String now = switch (stage) {
            case CALL_FOR_PROPOSALS -> "Nabór propozycji jeszcze trwa. Rozważ skrócenie naboru i pilne rozpatrzenie propozycji,"
                    + " aby zespoły branżowe mogły zacząć pisać swoje części.";
            case SECTOR_WORK -> "Zespoły branżowe piszą części programu. Sprawdź w Tasklist, które części nie zostały oddane"
                    + " lub czekają na ocenę, i ustal z zespołami termin ich przekazania.";
            case DRAFT_REVIEW -> "Projekt czeka na ocenę zespołu koordynacyjnego. Oceń cały projekt i skieruj go do konsultacji.";
            case CONSULTATION_SCHEDULED -> "Projekt czeka na zaplanowany początek konsultacji. Jeśli termin uchwalenia jest"
                    + " zagrożony, przesuń początek konsultacji na wcześniejszy dzień w zadaniu „Konsultacje zaplanowane”.";
            case CONSULTATION -> "Trwają konsultacje lub odpowiedzi na uwagi. Przyspiesz rozpatrzenie uwag i zatwierdź odpowiedzi.";
            case REVISION -> "Projekt czeka na uwzględnienie wyników konsultacji. Opisz zmiany i przekaż projekt Prezydentowi.";
            case MAYOR_APPROVAL -> "Projekt czeka na akceptację Prezydenta. Uzgodnij z gabinetem Prezydenta termin decyzji.";
            case COUNCIL_SUBMISSION -> "Projekt czeka na skierowanie do Rady. Uzgodnij z biurem Rady nadanie numeru druku.";
            case AWAITING_COUNCIL -> "Projekt jest w Radzie. Uzgodnij z biurem Rady termin sesji, na której zostanie rozpatrzony.";
            case AMENDMENTS -> "Rada przyjęła program z poprawkami. Wprowadź poprawki do tekstu programu.";
            case ADOPTED -> "Program został już przyjęty – ostrzeżenie nie wymaga działań.";
        };
        return missed
                ? "Termin ustawowy minął, ale program nadal można uchwalić. " + now
                        + " Poinformuj Prezydenta o opóźnieniu i nowym planowanym terminie."
                : now + " Do terminu zostały mniej więcej dwa tygodnie.";
    }
}
