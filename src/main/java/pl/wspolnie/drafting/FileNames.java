package pl.wspolnie.drafting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** File names of generated documents, and their ASCII fallback for the Content-Disposition header. */
final class FileNames {

    private FileNames() {
    }

    static String years(DraftSnapshot s) {
        var p = s.programme();
        return p.firstYear() == p.lastYear() ? String.valueOf(p.firstYear()) : p.firstYear() + "–" + p.lastYear();
    }

    static String draft(DraftSnapshot s) {
        return (s.adopted() ? "Program współpracy " + years(s) + " – tekst przyjęty"
                : "Projekt programu współpracy " + years(s)) + " – wersja " + s.version() + ".docx";
    }

    static String redline(DraftSnapshot to, int from) {
        return "Porównanie – program współpracy " + years(to) + " – wersja " + from + " z wersją " + to.version() + ".docx";
    }

    static String justification(DraftSnapshot s) {
        return "Uzasadnienie – program współpracy " + years(s) + " – wersja " + s.version() + ".docx";
    }

    static String report(DraftSnapshot s) {
        return "Raport z konsultacji – program współpracy " + years(s) + ".docx";
    }

    static String meetingsReport(DraftSnapshot s) {
        return "Spotkania z organizacjami – program współpracy " + years(s) + ".docx";
    }

    static String register(DraftSnapshot s) {
        return "Rejestr uwag – program współpracy " + years(s) + ".csv";
    }

    static String councilPackage(DraftSnapshot s) {
        return "Pakiet dla Rady – program współpracy " + years(s) + " – wersja " + s.version() + ".zip";
    }

    /** Latin letters without diacritics, dashes as hyphens, anything else outside printable ASCII as '_'. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L').replace('–', '-').replace('—', '-'),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' ? c : '_');
        }
        return out.toString();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 / RFC 5987). */
    static String contentDisposition(String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded;
    }
}
