package pl.wspolnie.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pl.wspolnie.shared.InvalidInputException;

/**
 * The lists a team types into the Tasklist form after a meeting: registration numbers ("SP-2027-…", separated by
 * commas or spaces), walk-ins one a line ("Organizacja; Imię i nazwisko") and postulates one a line
 * ("Organizacja: treść postulatu").
 */
public final class MeetingFormLines {

    public record Raised(String organisation, String content) {
    }

    private MeetingFormLines() {
    }

    public static List<String> references(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    public static List<WalkIn> walkIns(String text, String field) {
        List<WalkIn> walkIns = new ArrayList<>();
        for (String line : lines(text)) {
            int split = line.indexOf(';');
            if (split <= 0 || split == line.length() - 1) {
                throw new InvalidInputException(field, "each line: organisation; name (\"" + line + "\")");
            }
            walkIns.add(new WalkIn(line.substring(0, split).strip(), line.substring(split + 1).strip()));
        }
        return walkIns;
    }

    public static List<Raised> postulates(String text, String field) {
        List<Raised> raised = new ArrayList<>();
        for (String line : lines(text)) {
            int split = line.indexOf(':');
            if (split <= 0 || split == line.length() - 1) {
                throw new InvalidInputException(field, "each line: organisation: postulate (\"" + line + "\")");
            }
            raised.add(new Raised(line.substring(0, split).strip(), line.substring(split + 1).strip()));
        }
        return raised;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
