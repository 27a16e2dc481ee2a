package pl.wspolnie.process;

import pl.wspolnie.shared.Limits;

/**
 * Text a form shows, made to fit a process variable. The text itself lives in our tables (the process carries
 * ids); a form only shows it, so a longer one is cut at a word with a note saying where the whole text is.
 */
final class Shown {

    private Shown() {
    }

    static String text(String text, String wholeTextAt) {
        if (text == null || text.length() <= Limits.FORM_TEXT) {
            return text;
        }
        String note = "\n… [skrócono – cały tekst: " + wholeTextAt + "]";
        int cut = Limits.FORM_TEXT - note.length();
        int space = text.lastIndexOf(' ', cut);
        if (space > cut - 200) {
            cut = space;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + note;
    }
}
