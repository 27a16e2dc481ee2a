package pl.wspolnie.drafting.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.shared.TypedDates;

/**
 * The comment register as CSV for Excel in a Polish locale: UTF-8 with a byte order mark (so Excel reads the
 * Polish letters), semicolons between fields, CRLF between records, every field quoted. A field that Excel would
 * take for a formula (starting with =, +, -, @) gets a leading apostrophe. Dates are written the Polish way
 * (30.11.2026); the KRS number is written as Excel's text formula {@code ="0000123456"} so that its leading zeros
 * survive opening the file (it is validated as 10 digits, so nothing else can reach the formula).
 */
public final class CommentRegister {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final java.util.regex.Pattern KRS = java.util.regex.Pattern.compile("^[0-9]{10}$");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADER = List.of("Lp.", "Numer uwagi", "Organizacja", "KRS", "Data wpływu",
            "Część projektu", "Obecny zapis", "Proponowany zapis", "Uzasadnienie", "Rozstrzygnięcie",
            "Uzasadnienie rozstrzygnięcia", "Przyjęte brzmienie");

    private CommentRegister() {
    }

    public static byte[] csv(DraftSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER.stream().map(CommentRegister::field).toList());
        var comments = snapshot.consultation() == null ? List.<DraftSnapshot.Comment>of() : snapshot.consultation().comments();
        int no = 1;
        for (var c : comments) {
            line(out, List.of(field(String.valueOf(no++)), field(c.ref()), field(c.organisation()), krs(c.krs()),
                    field(c.receivedOn() == null ? "" : TypedDates.DAY.format(c.receivedOn())), field(c.part()),
                    field(orEmpty(c.currentText())), field(c.proposedText()), field(c.justification()),
                    field(DocumentModels.decision(c.decision())), field(orEmpty(c.answer())),
                    field(orEmpty(c.adopted()))));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(fields.get(i));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = XmlText.clean(value).replace("\r\n", "\n").replace('\r', '\n');
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** A KRS number as text for Excel; anything but ten digits (never stored) as an ordinary field. */
    static String krs(String krs) {
        if (krs == null || !KRS.matcher(krs).matches()) {
            return field(orEmpty(krs));
        }
        return "\"=\"\"" + krs + "\"\"\"";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
