package pl.wspolnie.proposal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public reference number of a proposal, e.g. {@code WSP-2027-7KQ2M9XD}: the programme's first year and
 * eight random characters of Crockford's base32 (40 bits from a {@link SecureRandom}), so that knowing one
 * number does not lead to another. The alphabet has no I, L, O or U; what a person types is read leniently
 * (lower case, spaces, O for 0, I or L for 1). Pure logic.
 */
final class ProposalReference {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARS = 8;
    static final Pattern FORMAT = Pattern.compile("^WSP-[0-9]{4}-[" + ALPHABET + "]{" + RANDOM_CHARS + "}$");

    private static final SecureRandom RANDOM = new SecureRandom();

    private ProposalReference() {
    }

    static String next(int year) {
        StringBuilder reference = new StringBuilder("WSP-").append(year).append('-');
        for (int i = 0; i < RANDOM_CHARS; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** What a person typed, as a well-formed reference, or empty when it cannot be one. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
        if (!compact.matches("^WSP[0-9]{4}.{" + RANDOM_CHARS + "}$")) {
            return Optional.empty();
        }
        String random = compact.substring(7).replace('O', '0').replace('I', '1').replace('L', '1');
        String candidate = "WSP-" + compact.substring(3, 7) + "-" + random;
        return FORMAT.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
