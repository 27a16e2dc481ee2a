package pl.wspolnie.drafting.internal;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import pl.wspolnie.drafting.DraftSnapshot;

/**
 * Core and custom document properties: which programme, version and stage a file belongs to and the SHA-256 of
 * the snapshot it was made from, readable in Word (File → Info → Properties) and by machines.
 */
final class DocumentProperties {

    static final String PROGRAMME_ID = "Wspolnie.ProgrammeId";
    static final String VERSION = "Wspolnie.Version";
    static final String STAGE = "Wspolnie.Stage";
    static final String SNAPSHOT_SHA256 = "Wspolnie.SnapshotSha256";
    static final String DOCUMENT = "Wspolnie.Document";

    private static final org.docx4j.docProps.core.dc.elements.ObjectFactory DC =
            new org.docx4j.docProps.core.dc.elements.ObjectFactory();

    private DocumentProperties() {
    }

    static void set(WordprocessingMLPackage pkg, DraftSnapshot s, String sha256, String kind) throws InvalidFormatException {
        DocPropsCorePart corePart = pkg.getDocPropsCorePart();
        if (corePart == null) {
            corePart = new DocPropsCorePart();
            corePart.setJaxbElement(new org.docx4j.docProps.core.ObjectFactory().createCoreProperties());
            pkg.addTargetPart(corePart);
        }
        CoreProperties core = corePart.getJaxbElement();
        core.setTitle(DC.createTitle(literal(XmlText.clean(s.programme().title()))));
        core.setSubject(literal(s.adopted() ? kind : kind + " – wersja " + s.version() + " – " + s.stageLabel()));
        core.setCreator(literal(s.municipality().name()));
        // the author of the version (or of the report), never whoever downloads the file
        core.setLastModifiedBy(XmlText.clean(s.author()));
        core.setKeywords("program współpracy; " + kind + "; " + s.stageLabel());
        core.setIdentifier(DC.createIdentifier(literal("programme:" + s.programmeId() + ":version:" + s.version())));
        core.setVersion(String.valueOf(s.version()));
        core.setRevision(String.valueOf(s.version()));
        core.setDescription(DC.createDescription(literal("SHA-256 migawki danych: " + sha256)));
        // dated by the stage the document belongs to (the version, the report's sign-off), not by the download;
        // the template's own dates would claim the document was made when the template was
        core.setCreated(date(s.date()));
        core.setModified(date(s.date()));

        DocPropsCustomPart custom = pkg.getDocPropsCustomPart();
        if (custom == null) {
            custom = new DocPropsCustomPart();
            custom.setJaxbElement(new org.docx4j.docProps.custom.ObjectFactory().createProperties());
            pkg.addTargetPart(custom);
        }
        custom.setProperty(PROGRAMME_ID, String.valueOf(s.programmeId()));
        custom.setProperty(VERSION, String.valueOf(s.version()));
        custom.setProperty(STAGE, s.stage().name());
        custom.setProperty(SNAPSHOT_SHA256, sha256);
        custom.setProperty(DOCUMENT, kind);
    }

    private static org.docx4j.docProps.core.dc.terms.W3CDTF date(java.time.LocalDate day) {
        if (day == null) {
            return null;
        }
        var date = new org.docx4j.docProps.core.dc.terms.ObjectFactory().createW3CDTF();
        date.getContent().add(day + "T00:00:00Z");
        return date;
    }

    private static SimpleLiteral literal(String text) {
        SimpleLiteral l = DC.createSimpleLiteral();
        l.getContent().add(text);
        return l;
    }
}
