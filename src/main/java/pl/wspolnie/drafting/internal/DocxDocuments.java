package pl.wspolnie.drafting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.ObjectFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import pl.wspolnie.drafting.DraftSnapshot;
import pl.wspolnie.drafting.DraftingProperties;
import pl.wspolnie.drafting.UnreadableDraftException;
import pl.wspolnie.drafting.UploadedDraft;

/**
 * The one entry point to document generation: fills the municipality's Word templates with a snapshot and
 * returns the bytes. Nothing of docx4j leaves this package.
 */
@Component
public class DocxDocuments {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Logger log = LoggerFactory.getLogger(DocxDocuments.class);

    static {
        // docx4j indents the XML it writes by default: a tenth more bytes to write and deflate, nothing Word needs
        // (a property only: docx4j's JAXB context still loads with the first document, see TableOfContents.TocHeading)
        org.docx4j.Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
        // docx4j asks for a new StAX factory for every part it reads; without this property each time means looking
        // through every jar on the class path for a provider (4% of a large draft). It names the JDK's own, which the
        // lookup found before Woodstox joined the class path for the redline (redline.PartReaders, which asks for
        // Woodstox by name), so docx4j's other reading is what it was, only without the search.
        String stax = javax.xml.stream.XMLInputFactory.class.getName();
        if (System.getProperty(stax) == null) {
            System.setProperty(stax, javax.xml.stream.XMLInputFactory.newDefaultFactory().getClass().getName());
        }
    }

    private final Resource programmeTemplate;
    private final Resource justificationTemplate;
    private final Resource reportTemplate;
    private final Resource opinionTemplate;
    /** The templates' repeated elements, marshalled once per template rather than once per document. */
    private final Prototypes.Templates prototypes = new Prototypes.Templates();

    /** With the shipped opinion template (tests, benchmarks). */
    public DocxDocuments(Resource programmeTemplate, Resource justificationTemplate, Resource reportTemplate) {
        this(programmeTemplate, justificationTemplate, reportTemplate,
                new org.springframework.core.io.ClassPathResource("templates/krakow/opinion.docx"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public DocxDocuments(DraftingProperties properties) {
        this(properties.template(), properties.justificationTemplate(), properties.reportTemplate(),
                properties.opinionTemplate());
    }

    public DocxDocuments(Resource programmeTemplate, Resource justificationTemplate, Resource reportTemplate,
                         Resource opinionTemplate) {
        this.opinionTemplate = opinionTemplate;
        this.programmeTemplate = programmeTemplate;
        this.justificationTemplate = justificationTemplate;
        this.reportTemplate = reportTemplate;
    }

    /** The programme draft: the resolution and its annex with the eleven statutory chapters. */
    public byte[] programme(DraftSnapshot snapshot, String snapshotSha256) {
        return render(programmeTemplate, DocumentModels.programme(snapshot), snapshot, snapshotSha256,
                snapshot.adopted() ? "uchwała – tekst przyjęty" : "projekt uchwały", true);
    }

    /** The justification (uzasadnienie) of the draft resolution. */
    public byte[] justification(DraftSnapshot snapshot, String snapshotSha256) {
        return render(justificationTemplate, DocumentModels.common(snapshot), snapshot, snapshotSha256, "uzasadnienie", false);
    }

    /** The consultation report (raport z konsultacji) with every comment and its answer. */
    public byte[] consultationReport(DraftSnapshot snapshot, String snapshotSha256) {
        return render(reportTemplate, DocumentModels.common(snapshot), snapshot, snapshotSha256, "raport z konsultacji", false);
    }

    /** The meetings report: the counts and every held meeting with its attendance and postulates. */
    public byte[] meetingsReport(DraftSnapshot snapshot, String snapshotSha256) {
        try {
            WordprocessingMLPackage pkg = MeetingsReportDocx.build(snapshot);
            DocumentProperties.set(pkg, snapshot, snapshotSha256, "zestawienie spotkań");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new TemplateException("Cannot make the meetings report", e);
        }
    }

    /**
     * The Public Benefit Council's opinion as a document of its own, or the statement that it did not give one in
     * time (waived by silence) or that the period still runs; dated by the opinion or its deadline.
     */
    public byte[] opinion(DraftSnapshot snapshot, String snapshotSha256) {
        return render(opinionTemplate, DocumentModels.common(snapshot), snapshot, snapshotSha256, "opinia rady pożytku publicznego", false);
    }

    /**
     * The headings of a generated document (chapters, sectors), in order, as Word's navigation pane shows them;
     * the completeness check looks for the statutory chapters among them.
     */
    public List<String> headings(byte[] docx) {
        try {
            return DocumentHeadings.of(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
        } catch (Docx4JException e) {
            throw new TemplateException("Cannot read the headings of a generated document", e);
        }
    }

    /**
     * An edited programme draft read back to its units (see {@link DraftReader}); each text as {@link #asRendered}.
     *
     * @throws UnreadableDraftException (Polish message) when the file is not a readable DOCX
     */
    public UploadedDraft read(byte[] docx) {
        UploadedDraft d = DraftReader.read(docx);
        Map<Long, String> units = new LinkedHashMap<>();
        d.units().forEach((id, text) -> units.put(id, asRendered(text)));
        Map<Long, String> headings = new LinkedHashMap<>();
        d.headings().forEach((id, text) -> headings.put(id, asRendered(text)));
        return new UploadedDraft(d.programmeId(), d.version(), d.document(), units, headings, d.duplicated(), d.malformed());
    }

    /**
     * A unit's wording as the rendered document carries it and {@link #read} gives it back: characters XML cannot
     * hold dropped, line ends as {@code \n}, no white space around it.
     */
    public static String asRendered(String text) {
        return XmlText.clean(text).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** {@code withText}: the template has slots for the programme's units (see {@link TextRenderer}). */
    private byte[] render(Resource template, Map<String, Object> model, DraftSnapshot snapshot, String sha256, String kind,
                          boolean withText) {
        try (InputStream in = template.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
            List<Object> body = pkg.getMainDocumentPart().getContent();
            Prototypes shared = prototypes.forTemplate(bytes);
            shared.index("body", body);
            TextRenderer text = withText ? TextRenderer.extract(body, shared) : null;
            TemplateEngine engine = new TemplateEngine(shared);
            engine.fill(body, model);
            if (text != null) {
                text.insert(body, snapshot.units(), model);
                engine.unknownKeys().addAll(text.unknownKeys());
            }
            for (Part part : pkg.getParts().getParts().values()) {
                if (part instanceof HeaderPart || part instanceof FooterPart) {
                    List<Object> content = ((ContentAccessor) ((JaxbXmlPart<?>) part).getJaxbElement()).getContent();
                    shared.index(part.getPartName().getName(), content);
                    engine.fill(content, model);
                    if (content.isEmpty()) {
                        content.add(new ObjectFactory().createP());
                    }
                }
            }
            if (!engine.unknownKeys().isEmpty()) {
                log.warn("Template {} asks for unknown keys {}; they stay visible in the document", template, engine.unknownKeys());
            }
            TableOfContents.refresh(pkg, text == null ? null : text.nextBookmarkId());
            var settings = pkg.getMainDocumentPart().getDocumentSettingsPart(true).getJaxbElement();
            settings.setUpdateFields(new BooleanDefaultTrue());
            // a justified line that ends in a user's line break is not stretched across the page
            if (settings.getCompat() == null) {
                settings.setCompat(new ObjectFactory().createCTCompat());
            }
            settings.getCompat().setDoNotExpandShiftReturn(new BooleanDefaultTrue());
            DocumentProperties.set(pkg, snapshot, sha256, kind);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            MainPartXml.save(pkg, out);
            return out.toByteArray();
        } catch (IOException | Docx4JException e) {
            throw new TemplateException("Cannot render " + kind + " from " + template, e);
        }
    }
}
