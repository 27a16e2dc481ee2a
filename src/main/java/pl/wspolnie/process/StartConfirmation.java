package pl.wspolnie.process;

import pl.wspolnie.programme.Programme;
import pl.wspolnie.shared.TypedDates;

/**
 * What a person who started a cycle or sent a proposal from Tasklist's start form reads right after: Tasklist 7.24
 * shows only its fixed "process started" notification, so the start delegates leave this text in the variable
 * {@value #VARIABLE} and our Tasklist script (scripts/start-confirmation.js) reads it for the instance just started
 * and shows it.
 */
final class StartConfirmation {

    static final String VARIABLE = "startConfirmation";

    private StartConfirmation() {
    }

    static String programme(Programme p) {
        return "Rozpoczęto przygotowanie programu „" + TaskTitle.shorten(p.getTitle(), 200) + "” – numer programu: " + p.getId()
                + ". Nabór propozycji zadań trwa do " + TypedDates.DAY.format(p.getCalendar().proposalDeadline())
                + "; potem zespoły branżowe dostaną swoje zadania w Tasklist.";
    }

    static String proposal(String reference) {
        return "Propozycja zadania została zgłoszona – numer zgłoszenia: " + reference
                + ". Pod tym numerem zgłaszający może sprawdzić, co się z nią dzieje.";
    }
}
