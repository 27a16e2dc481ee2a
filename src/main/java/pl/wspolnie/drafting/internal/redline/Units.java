package pl.wspolnie.drafting.internal.redline;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.P;

/**
 * The unit of the programme's text each body block belongs to, read from the unit bookmarks ({@code wsp_u<id>})
 * the drafts carry: the first unit bookmark that starts in the block, else the innermost one still open where the
 * block starts; null outside any. Blocks of the same unit are versions of each other whatever their number or
 * place, blocks of different units never are.
 */
final class Units {

    private Units() {
    }

    /** Sets {@link Block#unit} of each block; returns whether any block is in a unit. */
    static boolean assign(List<Block> blocks) {
        Map<BigInteger, String> open = new LinkedHashMap<>();
        boolean any = false;
        for (Block block : blocks) {
            List<Object> markers = markers(block.value);
            String started = null;
            for (Object m : markers) {
                if (m instanceof CTBookmark b && Attribution.isUnitBookmark(b.getName())) {
                    started = b.getName();
                    break;
                }
            }
            block.unit = started != null ? started : innermost(open);
            any |= block.unit != null;
            for (Object m : markers) {
                if (m instanceof CTBookmark b) {
                    if (Attribution.isUnitBookmark(b.getName()) && b.getId() != null) {
                        open.put(b.getId(), b.getName());
                    }
                } else if (m instanceof CTMarkupRange end && end.getId() != null) {
                    open.remove(end.getId());
                }
            }
        }
        return any;
    }

    private static String innermost(Map<BigInteger, String> open) {
        String last = null;
        for (String name : open.values()) {
            last = name;
        }
        return last;
    }

    /** Bookmark starts and ends of a block in order: the block itself, or those at the top of a paragraph. */
    private static List<Object> markers(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof P p) {
            for (Object o : p.getContent()) {
                add(o, out);
            }
        } else {
            add(value, out);
        }
        return out;
    }

    private static void add(Object o, List<Object> out) {
        Object u = Block.unwrap(o);
        if (u instanceof CTBookmark) {
            out.add(u);
        } else if (u instanceof CTMarkupRange && o instanceof JAXBElement<?> je
                && je.getName().getLocalPart().equals("bookmarkEnd")) {
            out.add(u);
        }
    }
}
