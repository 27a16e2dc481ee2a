package pl.wspolnie.drafting.internal;

/** User text made safe for XML 1.0: characters it cannot carry (controls, lone surrogates) are dropped. */
final class XmlText {

    private XmlText() {
    }

    /**
     * The value of a JAXB element, or the object itself: docx4j's {@code XmlUtils.unwrap} formats two debug messages
     * for every element it unwraps whatever the log level, 5% of a large programme draft (issue #11).
     */
    static Object unwrap(Object o) {
        return o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o;
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (allAllowed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #clean} keeps every character: the usual case, decided without copying. */
    private static boolean allAllowed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c > 0xD7FF && (c < 0xE000 || c > 0xFFFD)) {
                return false;
            }
        }
        return true;
    }
}
