package cn.gov.binzhou.nineones.accounts;

import java.security.SecureRandom;

/**
 * First passwords: 14 characters drawn by {@link SecureRandom} from letters and digits that cannot be
 * mistaken for one another when read from a mail (no 0/O, 1/l/I), with at least one lower-case letter,
 * upper-case letter, digit and sign, so they pass Camunda's password policy where it is switched on.
 */
final class Passwords {

    static final int LENGTH = 14;
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SIGNS = "#%+=@";
    private static final String ALL = LOWER + UPPER + DIGITS + SIGNS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            if (hasEach(password)) {
                return password.toString();
            }
        }
    }

    private static boolean hasEach(CharSequence password) {
        return contains(password, LOWER) && contains(password, UPPER) && contains(password, DIGITS)
                && contains(password, SIGNS);
    }

    private static boolean contains(CharSequence password, String kind) {
        return password.chars().anyMatch(c -> kind.indexOf(c) >= 0);
    }
}
