package pl.wspolnie.drafting.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The prototypes of one document's template elements, and for each block, row and cell copied from them the template
 * element it is a copy of. A row repeated inside a repeated block (a sector's task table, once per sector) is then
 * marshalled once per document, not once per copy of the block: until it is repeated itself, the row of a copy is
 * the template's row (without the bookmarks the template engine drops from copies, and from copies of it alike).
 */
final class Prototypes {

    private final Map<Object, Object> origins = new IdentityHashMap<>();
    private final Map<Object, Prototype> made = new IdentityHashMap<>();

    /** The prototype of a template element, or of the template element a copy was made from, made once. */
    Prototype of(Object element) {
        return made.computeIfAbsent(origins.getOrDefault(element, element), Prototype::of);
    }

    /** A copy of the prototype, whose blocks, rows and cells are known to come from the template's. */
    Object copy(Prototype prototype) {
        return prototype.copy(origins);
    }
}
