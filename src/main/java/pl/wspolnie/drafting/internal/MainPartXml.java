package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.docx4j.Docx4jProperties;
import org.docx4j.Version;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.stores.ZipPartStore;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Document;

/**
 * The main document part's XML, the same bytes docx4j's {@code JaxbXmlPart.marshal(OutputStream)} writes, without
 * its cost: docx4j hands the main part to a {@code MainDocumentPartFilterOutputStream}, a {@link FilterOutputStream}
 * that passes every byte of the 1.2 MB of a large draft on alone, each into a synchronized
 * {@code BufferedOutputStream.write(int)}: marshalling a large draft's main part took 18 ms of CPU that way and takes
 * 11 ms here (issue #11). The same marshaller, namespace prefixes, {@code mc:Ignorable} declarations and version
 * comment, with the marshaller's buffers written whole.
 */
public final class MainPartXml {

    private static final String SUPPRESS_COMMENT = "docx4j.jaxb.marshal.suppressVersionComment";
    private static final byte[] BODY = "<w:body>".getBytes(StandardCharsets.UTF_8);

    private MainPartXml() {
    }

    /** The part's XML as docx4j would write it for its package. */
    public static byte[] of(MainDocumentPart part) throws JAXBException {
        Document document = part.getJaxbElement();
        Marshaller marshaller = part.getJAXBContext().createMarshaller();
        if (Docx4jProperties.getProperty("docx4j.jaxb.formatted.output", true)) {
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        }
        Object prefixes = NamespacePrefixMapperUtils.getPrefixMapper();
        NamespacePrefixMapperUtils.setProperty(marshaller, prefixes);
        String ignorable = document.getIgnorable() == null ? "" : document.getIgnorable();
        McIgnorableNamespaceDeclarator declarator = (McIgnorableNamespaceDeclarator) prefixes;
        declarator.setMcIgnorable(ignorable + part.getMcChoiceNamespaces());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            boolean isNew = part.getPackage() == null || part.getPackage().isNew();
            marshaller.marshal(document, new VersionComment(out, isNew));
        } finally {
            declarator.setMcIgnorable(null);
        }
        return out.toByteArray();
    }

    /**
     * Saves the package with its main part written by {@link #of}: the part's bytes go into the package's source
     * store, where docx4j takes a part that is not unmarshalled from. Falls back to docx4j's own save when the
     * package was not read from a ZIP. The package's main part is not in memory afterwards (read again if asked).
     */
    public static void save(WordprocessingMLPackage pkg, OutputStream out) throws Docx4JException {
        MainDocumentPart part = pkg.getMainDocumentPart();
        if (pkg.getSourcePartStore() instanceof ZipPartStore source && part.isUnmarshalled()) {
            ZipPartStore.ByteArray stored = source.getByteArray(part.getPartName().getName().substring(1));
            if (stored != null) {
                try {
                    stored.setBytes(of(part));
                } catch (JAXBException e) {
                    throw new Docx4JException("Cannot write the main document part", e);
                }
                part.setJaxbElement((Document) null);
            }
        }
        pkg.save(out);
    }

    /**
     * docx4j's {@code MainDocumentPartFilterOutputStream}: the comment naming docx4j after {@code <w:body>}, looked
     * for in each buffer the marshaller writes until found, as there; every buffer passed on whole.
     */
    private static final class VersionComment extends FilterOutputStream {
        private final boolean isNew;
        private boolean written;

        VersionComment(OutputStream out, boolean isNew) {
            super(out);
            this.isNew = isNew;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written) {
                out.write(b, off, len);
                return;
            }
            if (Docx4jProperties.getProperty(SUPPRESS_COMMENT, false)) {
                written = true;
                out.write(b, off, len);
                return;
            }
            int pos = indexOf(b, off, len);
            if (pos < 0) {
                out.write(b, off, len);
                return;
            }
            int bodyEnd = pos + BODY.length;
            out.write(b, off, bodyEnd - off);
            out.write(("<!-- " + Version.getPoweredBy(isNew) + " -->").getBytes(StandardCharsets.UTF_8));
            out.write(b, bodyEnd, off + len - bodyEnd);
            written = true;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        /** Offset of the first {@code <w:body>} in {@code b[off, off + len)}, or -1. */
        private static int indexOf(byte[] b, int off, int len) {
            outer:
            for (int i = off; i + BODY.length <= off + len; i++) {
                for (int k = 0; k < BODY.length; k++) {
                    if (b[i + k] != BODY[k]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
