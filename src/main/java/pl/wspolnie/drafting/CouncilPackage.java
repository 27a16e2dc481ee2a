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
 * The ZIP the Mayor's office sends to the council office: the draft resolution as submitted to the council (or,
 * after adoption, the adopted text), its justification, the consultation report and the Public Benefit Council's
 * opinion or the statement that it waived it. Entry names say what each file is, in ASCII so every unzip tool
 * shows them alike.
 */
@Component
class CouncilPackage {

    private final DocxDocuments documents;

    CouncilPackage(DocxDocuments documents) {
        this.documents = documents;
    }

    /**
     * @param s      the snapshot of the version submitted to the council or adopted
     * @param draft  that version's stored DOCX
     * @param report the snapshot the consultation report is made from (dated by the consultation's sign-off)
     */
    byte[] zip(DraftSnapshot s, String snapshotSha256, byte[] draft, DraftSnapshot report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, FileNames.packageDraft(s), draft);
            entry(zip, FileNames.packageJustification(s), documents.justification(s, snapshotSha256));
            entry(zip, FileNames.packageReport(s), documents.consultationReport(report, SnapshotJson.sha256(SnapshotJson.write(report))));
            entry(zip, FileNames.packageOpinion(report), documents.opinion(report, SnapshotJson.sha256(SnapshotJson.write(report))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
