package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.transform.sax.SAXSource;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A template element that is copied once per repetition. A copy is what {@link org.docx4j.XmlUtils#deepCopy} makes
 * (the element marshalled to SAX events, the events unmarshalled into new objects), but the element is marshalled
 * only once and its recorded events are replayed for every copy. Marshalling is the dear half of a copy: JAXB
 * declares all seventy namespaces docx4j knows at the root of every marshal, however small the element.
 */
final class Prototype {

    private static final JAXBContext JC = Context.jc;

    private final Object source;
    private final Class<?> type;
    private final boolean wrapped;
    private final List<Event> events;

    private Prototype(Object source, Class<?> type, boolean wrapped, List<Event> events) {
        this.source = source;
        this.type = type;
        this.wrapped = wrapped;
        this.events = events;
    }

    /** Marshals {@code element} (a JAXB object or a {@link JAXBElement}) once. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Prototype of(Object element) {
        boolean wrapped = element instanceof JAXBElement<?>;
        Object value = wrapped ? ((JAXBElement<?>) element).getValue() : element;
        Class type = value.getClass();
        // the same root deepCopy marshals: the element's own name, or a stand-in named after its class
        QName name = wrapped ? ((JAXBElement<?>) element).getName() : new QName(type.getSimpleName());
        Recorder recorder = new Recorder();
        try {
            Marshaller marshaller = JC.createMarshaller();
            marshaller.marshal(new JAXBElement(name, type, value), recorder);
        } catch (JAXBException e) {
            throw new IllegalArgumentException(e);
        }
        return new Prototype(element, type, wrapped, List.copyOf(recorder.events));
    }

    /** A new deep copy, as {@link org.docx4j.XmlUtils#deepCopy} returns it: wrapped if the element was. */
    Object copy() {
        try {
            JAXBElement<?> copy = JC.createUnmarshaller().unmarshal(new SAXSource(new Replay(events), new InputSource()), type);
            return wrapped ? copy : copy.getValue();
        } catch (JAXBException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A new deep copy as {@link #copy()} makes it, recording for each block, row and cell of the copy the element of
     * the source it was copied from (or that element's own origin, when {@code origins} knows it): the copy mirrors
     * the source, so an element of the copy that is repeated in turn can take the prototype of its origin instead of
     * being marshalled again. Paragraphs are not looked into: a template repeats nothing inside them.
     */
    Object copy(Map<Object, Object> origins) {
        Object copy = copy();
        mirror(source, copy, origins);
        return copy;
    }

    private static void mirror(Object source, Object copy, Map<Object, Object> origins) {
        origins.put(copy, origins.getOrDefault(source, source));
        Object from = XmlText.unwrap(source);
        Object to = XmlText.unwrap(copy);
        if (from instanceof P || from.getClass() != to.getClass()) {
            return;
        }
        if (from instanceof ContentAccessor f) {
            mirror(f.getContent(), ((ContentAccessor) to).getContent(), origins);
        } else if (from instanceof SdtBlock f && f.getSdtContent() != null && ((SdtBlock) to).getSdtContent() != null) {
            mirror(f.getSdtContent().getContent(), ((SdtBlock) to).getSdtContent().getContent(), origins);
        }
    }

    private static void mirror(List<Object> source, List<Object> copy, Map<Object, Object> origins) {
        if (source.size() == copy.size()) {
            for (int i = 0; i < source.size(); i++) {
                mirror(source.get(i), copy.get(i), origins);
            }
        }
    }

    /** One recorded SAX event. */
    private interface Event {
        void send(ContentHandler handler) throws SAXException;
    }

    /** Records the events a marshal produces, copying what SAX may reuse (attributes, character buffers). */
    private static final class Recorder extends DefaultHandler {
        private final List<Event> events = new ArrayList<>();

        @Override
        public void startDocument() {
            events.add(ContentHandler::startDocument);
        }

        @Override
        public void endDocument() {
            events.add(ContentHandler::endDocument);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            events.add(h -> h.startPrefixMapping(prefix, uri));
        }

        @Override
        public void endPrefixMapping(String prefix) {
            events.add(h -> h.endPrefixMapping(prefix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Attributes copy = new AttributesImpl(attributes);
            events.add(h -> h.startElement(uri, localName, qName, copy));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.add(h -> h.endElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            char[] copy = new char[length];
            System.arraycopy(ch, start, copy, 0, length);
            events.add(h -> h.characters(copy, 0, copy.length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            char[] copy = new char[length];
            System.arraycopy(ch, start, copy, 0, length);
            events.add(h -> h.ignorableWhitespace(copy, 0, copy.length));
        }

        @Override
        public void processingInstruction(String target, String data) {
            events.add(h -> h.processingInstruction(target, data));
        }
    }

    /** A pseudo-parser that plays the recorded events to whoever reads from it (the unmarshaller). */
    private static final class Replay extends XMLFilterImpl {
        private final List<Event> events;

        Replay(List<Event> events) {
            this.events = events;
        }

        @Override
        public void parse(InputSource input) throws SAXException {
            ContentHandler handler = getContentHandler();
            for (Event e : events) {
                e.send(handler);
            }
        }

        @Override
        public void parse(String systemId) throws SAXException {
            parse(new InputSource(systemId));
        }
    }
}
