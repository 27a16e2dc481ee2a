package pl.wspolnie.drafting.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;

/**
 * The prototypes of one document's template elements, and for each block, row and cell copied from them the template
 * element it is a copy of. A row repeated inside a repeated block (a sector's task table, once per sector) is then
 * marshalled once, not once per copy of the block: until it is repeated itself, the row of a copy is the template's
 * row (without the bookmarks the template engine drops from copies, and from copies of it alike).
 *
 * <p>With a template's shared prototypes ({@link #shared}), the elements of the parts {@link #index indexed} before
 * anything is filled are known by their place in the template (part, then the index in each list down to paragraphs),
 * and their prototypes are made once per template and kept for its next documents: a template is the same bytes, so
 * the same place holds the same element. Elements not indexed (a test's, or ones the code makes) are kept per document.
 */
final class Prototypes {

    /** Places in the template: its elements as loaded for this document, and the copies made of them. */
    private final Map<Object, String> places = new IdentityHashMap<>();
    /** The template's elements as loaded for this document, by place: what a place's prototype is made of. */
    private final Map<String, Object> loaded = new HashMap<>();
    private final Map<String, Prototype> byPlace;
    /** Elements not indexed: the copies' origins and the prototypes made per document. */
    private final Map<Object, Object> origins = new IdentityHashMap<>();
    private final Map<Object, Prototype> made = new IdentityHashMap<>();

    Prototypes() {
        this(new HashMap<>());
    }

    private Prototypes(Map<String, Prototype> byPlace) {
        this.byPlace = byPlace;
    }

    /** Using (and adding to) the prototypes of a template's earlier documents; a thread-safe map. */
    static Prototypes shared(Map<String, Prototype> byPlace) {
        return new Prototypes(byPlace);
    }

    /** Gives the elements of a template part their places; before anything in it is changed. */
    void index(String part, List<Object> content) {
        index(part, content, true);
    }

    private void index(String place, List<Object> content, boolean loadedElements) {
        for (int i = 0; i < content.size(); i++) {
            Object element = content.get(i);
            String at = place + '/' + i;
            places.put(element, at);
            if (loadedElements) {
                loaded.put(at, element);
            }
            Object e = XmlText.unwrap(element);
            if (e instanceof P) {
                continue;
            }
            if (e instanceof ContentAccessor c) {
                index(at, c.getContent(), loadedElements);
            } else if (e instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                index(at, sdt.getSdtContent().getContent(), loadedElements);
            }
        }
    }

    /** The prototype of a template element, or of the template element a copy was made from, made once. */
    Prototype of(Object element) {
        String place = places.get(element);
        if (place != null && loaded.containsKey(place)) {
            return byPlace.computeIfAbsent(place, p -> Prototype.of(loaded.get(p)).placed(p));
        }
        return made.computeIfAbsent(origins.getOrDefault(element, element), Prototype::of);
    }

    /** A copy of the prototype, whose blocks, rows and cells are known to come from the template's. */
    Object copy(Prototype prototype) {
        return prototype.copy(this);
    }

    /** Called by the prototype with its copy: the copy's elements take the places or origins of the source's. */
    void mirror(Object source, String place, Object copy) {
        if (place != null) {
            places.put(copy, place);
        } else {
            origins.put(copy, origins.getOrDefault(source, source));
        }
        Object from = XmlText.unwrap(source);
        Object to = XmlText.unwrap(copy);
        if (from instanceof P || from.getClass() != to.getClass()) {
            return;
        }
        if (from instanceof ContentAccessor f) {
            mirror(f.getContent(), place, ((ContentAccessor) to).getContent());
        } else if (from instanceof SdtBlock f && f.getSdtContent() != null && ((SdtBlock) to).getSdtContent() != null) {
            mirror(f.getSdtContent().getContent(), place, ((SdtBlock) to).getSdtContent().getContent());
        }
    }

    private void mirror(List<Object> source, String place, List<Object> copy) {
        if (source.size() == copy.size()) {
            for (int i = 0; i < source.size(); i++) {
                mirror(source.get(i), place == null ? null : place + '/' + i, copy.get(i));
            }
        }
    }

    /** The prototypes of each template's elements, by the template's bytes; of the last few templates used. */
    static final class Templates {
        private static final int KEPT = 8;

        private final Map<Key, Map<String, Prototype>> byTemplate = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Map<String, Prototype>> eldest) {
                return size() > KEPT;
            }
        };

        /** Prototypes for one document of the template read as {@code bytes}. */
        synchronized Prototypes forTemplate(byte[] bytes) {
            return shared(byTemplate.computeIfAbsent(new Key(bytes, Arrays.hashCode(bytes)), k -> new ConcurrentHashMap<>()));
        }

        private record Key(byte[] bytes, int hash) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.hash == hash && Arrays.equals(k.bytes, bytes);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }
    }
}
