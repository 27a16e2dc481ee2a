package pl.wspolnie.text;

/** The two parts of the programme's text: the council's resolution and its annex (the programme itself). */
public enum TextPart {
    /** Uchwała: legal basis and § 1 … § n. */
    RESOLUTION,
    /** Załącznik: the programme, in chapters with § numbered continuously through them. */
    ANNEX
}
