package pl.wspolnie.text;

import java.util.List;

/**
 * A new wording of one unit; {@code answers} are the references (UW-…) of the consultation comments it carries
 * out, {@code reason} why it was made (both optional).
 */
public record TextChange(String text, List<String> answers, String reason) {
}
