package pl.wspolnie.drafting.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.wml.Br;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.Text;

/**
 * Replaces {@code ${key}} placeholders inside one paragraph. Word splits typed text into several runs (spelling
 * marks, edits, formatting), so the paragraph's text is read across runs, the placeholder is found in it, and the
 * runs are rebuilt: literal text keeps the formatting of the run it came from, a value takes the formatting of the
 * run where its placeholder starts. Line breaks in a value become {@code w:br}, tabs {@code w:tab}; characters XML
 * cannot carry are dropped. Anything else in the paragraph (bookmarks, fields, drawings) is kept in place.
 */
final class ParagraphFiller {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]+)}");
    private static final ObjectFactory WML = new ObjectFactory();

    /** A character of the paragraph's text and the run it came from, or an element that is not text. */
    private record Atom(char c, R source, Object opaque) {
    }

    private ParagraphFiller() {
    }

    /** The paragraph's visible text, with {@code \n} for breaks and {@code \t} for tabs. */
    static String text(P p) {
        // the characters atoms(p, false) would hold, read without an object per character (issue #11)
        StringBuilder text = new StringBuilder();
        for (Object child : p.getContent()) {
            if (XmlText.unwrap(child) instanceof R r) {
                for (Object c : r.getContent()) {
                    Object o = XmlText.unwrap(c);
                    if (o instanceof Text t && isText(c)) {
                        if (t.getValue() != null) {
                            text.append(t.getValue());
                        }
                    } else if (o instanceof Br br && isLineBreak(br)) {
                        text.append('\n');
                    } else if (o instanceof R.Tab) {
                        text.append('\t');
                    }
                }
            }
        }
        return text.toString();
    }

    /** w:instrText and w:delText are Text too, but field codes and deletions are not the paragraph's text. */
    private static boolean isText(Object child) {
        return !(child instanceof JAXBElement<?> element) || "t".equals(element.getName().getLocalPart());
    }

    private static boolean isLineBreak(Br br) {
        return br.getType() == null || br.getType() == STBrType.TEXT_WRAPPING;
    }

    /** Replaces every placeholder by {@code values.apply(key)}; a null answer leaves the placeholder as it is. */
    static void fill(P p, Function<String, String> values) {
        String text = text(p);
        Matcher m = PLACEHOLDER.matcher(text);
        List<int[]> ranges = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        while (m.find()) {
            String value = values.apply(m.group(1).strip());
            if (value != null) {
                ranges.add(new int[] {m.start(), m.end()});
                replacements.add(value);
            }
        }
        if (ranges.isEmpty()) {
            return;
        }
        List<Atom> atoms = atoms(p, true);
        // the paragraph's runs are all replaced: the first new run made from one keeps its formatting object
        Set<R> formatTaken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> out = new ArrayList<>();
        List<Object> deferred = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        R pendingSource = null;
        int index = 0;
        int range = 0;
        for (Atom a : atoms) {
            boolean inside = range < ranges.size() && index >= ranges.get(range)[0] && index < ranges.get(range)[1];
            if (a.opaque() != null) {
                if (inside) {
                    deferred.add(a.opaque());
                } else {
                    flush(out, pending, pendingSource, formatTaken);
                    out.add(a.opaque());
                }
                continue;
            }
            if (range < ranges.size() && index == ranges.get(range)[0]) {
                flush(out, pending, pendingSource, formatTaken);
                out.add(run(format(a.source(), formatTaken), replacements.get(range)));
            }
            if (!inside) {
                if (pendingSource != a.source()) {
                    flush(out, pending, pendingSource, formatTaken);
                    pendingSource = a.source();
                }
                pending.append(a.c());
            }
            index++;
            if (range < ranges.size() && index == ranges.get(range)[1]) {
                range++;
                out.addAll(deferred);
                deferred.clear();
            }
        }
        flush(out, pending, pendingSource, formatTaken);
        out.addAll(deferred);
        p.getContent().clear();
        p.getContent().addAll(out);
        out.forEach(o -> { if (o instanceof R r) r.setParent(p); });
    }

    private static void flush(List<Object> out, StringBuilder pending, R source, Set<R> formatTaken) {
        if (pending.length() > 0) {
            out.add(run(format(source, formatTaken), pending.toString()));
            pending.setLength(0);
        }
    }

    /**
     * The formatting for a new run made from {@code source}: the source's own formatting object the first time
     * (the source run leaves the paragraph), a deep copy after that, so that no two runs share one.
     */
    private static RPr format(R source, Set<R> formatTaken) {
        if (source == null || source.getRPr() == null) {
            return null;
        }
        return formatTaken.add(source) ? source.getRPr() : XmlUtils.deepCopy(source.getRPr());
    }

    /** A run with the given formatting (used as it is) carrying {@code value} verbatim (breaks and tabs as Word elements). */
    static R run(RPr format, String value) {
        R r = WML.createR();
        if (format != null) {
            r.setRPr(format);
            format.setParent(r);
        }
        String clean = XmlText.clean(value).replace("\r\n", "\n").replace('\r', '\n');
        if (clean.indexOf('\n') < 0 && clean.indexOf('\t') < 0) {
            addText(r, clean);
            return r;
        }
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n' || c == '\t') {
                addText(r, chunk);
                if (c == '\n') {
                    r.getContent().add(WML.createBr());
                } else {
                    r.getContent().add(WML.createRTab(WML.createRTab()));
                }
            } else {
                chunk.append(c);
            }
        }
        addText(r, chunk);
        return r;
    }

    private static void addText(R r, StringBuilder chunk) {
        addText(r, chunk.toString());
        chunk.setLength(0);
    }

    private static void addText(R r, String value) {
        if (!value.isEmpty()) {
            Text t = WML.createText();
            t.setValue(value);
            t.setSpace("preserve");
            r.getContent().add(WML.createRT(t));
        }
    }

    /** {@code rebuild}: the atoms will become new runs, so a run's non-text children get a run of their own. */
    private static List<Atom> atoms(P p, boolean rebuild) {
        List<Atom> atoms = new ArrayList<>();
        for (Object child : p.getContent()) {
            Object o = XmlText.unwrap(child);
            if (o instanceof R r) {
                runAtoms(r, atoms, rebuild);
            } else if (!(o instanceof ProofErr)) {
                atoms.add(new Atom('\0', null, child));
            }
        }
        return atoms;
    }

    private static void runAtoms(R r, List<Atom> atoms, boolean rebuild) {
        for (Object child : r.getContent()) {
            Object o = XmlText.unwrap(child);
            if (o instanceof Text t && isText(child)) {
                String value = t.getValue() == null ? "" : t.getValue();
                for (int i = 0; i < value.length(); i++) {
                    atoms.add(new Atom(value.charAt(i), r, null));
                }
            } else if (o instanceof Br br && isLineBreak(br)) {
                atoms.add(new Atom('\n', r, null));
            } else if (o instanceof R.Tab) {
                atoms.add(new Atom('\t', r, null));
            } else if (o instanceof R.LastRenderedPageBreak) {
                // a layout cache Word writes; recomputed on open
            } else if (!rebuild) {
                atoms.add(new Atom('\0', null, child));
            } else {
                R alone = WML.createR();
                alone.setRPr(r.getRPr() == null ? null : XmlUtils.deepCopy(r.getRPr()));
                alone.getContent().add(child);
                atoms.add(new Atom('\0', null, alone));
            }
        }
    }
}
