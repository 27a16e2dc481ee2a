package pl.wspolnie.drafting.internal.redline;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * docx4j's own main document part class, handing docx4j's unmarshalling a Woodstox StAX reader instead of a new JDK
 * one (headers and footers, small and whose docx4j classes are final, are read as docx4j reads them). Reading both versions of a large programme was two fifths of the redline, most of
 * it the JDK's StAX scanner; Woodstox reads the same XML about a third faster (issue #11). Everything else of docx4j's
 * reading stays: its unmarshaller, event handler and markup-compatibility pre-processing when a part holds content it
 * does not know. The factory is set up as docx4j sets up its own: namespace aware, no DTD, no external entities.
 */
final class PartReaders {

    /** Thread-safe once configured. */
    private static final XMLInputFactory XML = new com.ctc.wstx.stax.WstxInputFactory();

    static {
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XML.setProperty(XMLInputFactory.IS_VALIDATING, false);
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private PartReaders() {
    }

    /** A reader of a part or relationships entry. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    static final class Main extends MainDocumentPart {
        Main(PartName name) throws InvalidFormatException {
            super(name);
        }

        @Override
        protected XMLStreamReader inputStreamToXSR(InputStream in) throws XMLStreamException {
            return reader(in);
        }
    }
}
