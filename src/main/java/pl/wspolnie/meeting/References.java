package pl.wspolnie.meeting;

import java.security.SecureRandom;
import java.util.Base64;

/** Public reference numbers of registrations ("SP-2027-7KQ2M9XD") and the secret tokens of cancel links. */
final class References {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    static String registration(int year) {
        StringBuilder text = new StringBuilder("SP-").append(year).append('-');
        for (int i = 0; i < 8; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
