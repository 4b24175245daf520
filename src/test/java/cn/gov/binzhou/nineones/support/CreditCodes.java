package cn.gov.binzhou.nineones.support;

/** Valid credit codes for tests, each with a correct GB 32100-2015 check character. */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** A valid code whose body ends with the given serial number. */
    public static String valid(int serial) {
        String body = String.format("913716%011d", serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
