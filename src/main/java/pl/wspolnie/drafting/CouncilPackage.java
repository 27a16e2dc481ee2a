package pl.wspolnie.drafting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import pl.wspolnie.drafting.internal.DocxDocuments;

/**
 * The ZIP the Mayor's office sends to the council office: the draft resolution with the programme as recorded,
 * its justification, the consultation report and the Public Benefit Council's opinion (art. 5a ust. 2a).
 * Entry names are ASCII so every unzip tool shows them alike.
 */
@Component
class CouncilPackage {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DocxDocuments documents;

    CouncilPackage(DocxDocuments documents) {
        this.documents = documents;
    }

    byte[] zip(DraftSnapshot s, String snapshotSha256, byte[] draft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "1_projekt_uchwaly_wersja_" + s.version() + ".docx", draft);
            entry(zip, "2_uzasadnienie.docx", documents.justification(s, snapshotSha256));
            if (s.consultation() != null) {
                entry(zip, "3_raport_z_konsultacji.docx", documents.consultationReport(s, snapshotSha256));
            }
            entry(zip, "4_opinia_rady_pozytku.txt", opinion(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The opinion verbatim, or a statement that it was waived or has not come in (UTF-8 with BOM for Notepad). */
    private static byte[] opinion(DraftSnapshot s) {
        var c = s.consultation();
        var o = c == null ? null : c.opinion();
        String council = s.municipality().publicBenefitCouncil();
        String text;
        if (o != null && "GIVEN".equals(o.status())) {
            text = council + "\r\nOpinia o projekcie programu „" + s.programme().title() + "”, wydana " + o.recordedOn()
                    + "\r\n\r\n" + o.text().replace("\r\n", "\n").replace("\n", "\r\n");
        } else if (o != null) {
            text = council + " nie wyraziła opinii o projekcie programu „" + s.programme().title() + "” w terminie (do "
                    + c.opinionDeadline() + "); odstąpiono od wyrażenia opinii (art. 41i ust. 2 ustawy o działalności"
                    + " pożytku publicznego i o wolontariacie).";
        } else {
            text = "Opinia " + council + " o projekcie programu „" + s.programme().title() + "” nie została zarejestrowana.";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
