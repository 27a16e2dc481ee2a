package pl.wspolnie.shared;

import java.text.Normalizer;
import java.util.Set;

/**
 * Text as people and programs send it, made safe to store and compare: control characters (NUL and the rest of
 * C0/C1, except tab and line breaks) are refused naming the field; text is put in Unicode NFC, so "ą" typed two
 * ways is one letter; identifiers (references, codes, KRS, e-mail) also lose invisible format characters
 * (zero-width space and joiners, soft hyphen, BOM) and surrounding blanks, so a look-alike is the same reference.
 */
public final class TextInput {

    /** Fields that identify something: compared, so normalised beyond NFC. */
    public static final Set<String> IDENTIFIERS = Set.of("externalRef", "krs", "code", "sector", "email",
            "resolutionNumber", "printNumber", "submitterCode", "targetSector", "sectionsToReturn");

    private TextInput() {
    }

    /** The text to store for {@code field}: checked and normalised; null stays null. */
    public static String of(String field, String text) {
        if (text == null) {
            return null;
        }
        int bad = firstControl(text);
        if (bad >= 0) {
            throw new InvalidInputException(field, String.format("contains a control character (U+%04X) at position %d",
                    (int) text.charAt(bad), bad + 1));
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return IDENTIFIERS.contains(field) ? invisibleRemoved(nfc) : nfc;
    }

    /** An identifier for {@code field}, whatever the field is called: checked, NFC, invisible characters and blanks removed. */
    public static String identifier(String field, String text) {
        String checked = of(field, text);
        return checked == null ? null : invisibleRemoved(checked);
    }

    /** Index of the first control character other than tab, line feed and carriage return; -1 if none. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private static String invisibleRemoved(String text) {
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
