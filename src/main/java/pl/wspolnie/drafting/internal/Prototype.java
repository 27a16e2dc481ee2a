package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.transform.sax.SAXSource;
import org.docx4j.jaxb.Context;
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
    /** Where the source is in its template, when the prototype is kept for the template's next documents. */
    private final String place;

    private Prototype(Object source, Class<?> type, boolean wrapped, List<Event> events, String place) {
        this.place = place;
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
        return new Prototype(element, type, wrapped, List.copyOf(recorder.events), null);
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
     * A new deep copy as {@link #copy()} makes it, whose blocks, rows and cells {@code prototypes} learns the places or
     * origins of: the copy mirrors the source, so an element of the copy that is repeated in turn can take the
     * prototype of its template element instead of being marshalled again.
     */
    Object copy(Prototypes prototypes) {
        Object copy = copy();
        prototypes.mirror(source, place, copy);
        return copy;
    }

    /**
     * This prototype, made of the template element at {@code place} (see {@link Prototypes}), to be kept for the
     * template's next documents: its source is then a copy, not the element, which would keep its document alive.
     */
    Prototype placed(String place) {
        return new Prototype(copy(), type, wrapped, events, place);
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
