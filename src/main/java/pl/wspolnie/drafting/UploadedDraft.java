package pl.wspolnie.drafting;

import java.util.List;
import java.util.Map;

/**
 * A programme draft DOCX uploaded after editing in Word or LibreOffice, read back to the programme's units.
 * {@code programmeId}, {@code version} and {@code document} are the custom document properties the renderer wrote
 * (null when missing); {@code units} the wording inside each bookmark {@code wsp_u<id>} with tracked changes
 * accepted (in reading order), {@code headings} the same for the sector headings {@code wsp_h<id>};
 * {@code duplicated} the names of unit bookmarks that occur more than once; {@code malformed} bookmark names with
 * our prefix whose id is not a number.
 */
public record UploadedDraft(Long programmeId, Integer version, String document, Map<Long, String> units,
                            Map<Long, String> headings, List<String> duplicated, List<String> malformed) {

    /** The kind of document the renderer names the programme draft ({@code Wspolnie.Document}). */
    public static final String PROGRAMME_DRAFT = "projekt uchwały";
}
