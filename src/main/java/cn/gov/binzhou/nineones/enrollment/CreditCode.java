package cn.gov.binzhou.nineones.enrollment;

import java.util.Locale;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet, the last one a check
 * character over the first seventeen. Input is normalised: full-width characters become half-width,
 * lower case becomes upper case, spaces are dropped.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final int LENGTH = 18;

    public CreditCode {
        String problem = problemOf(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Normalises and validates a code as typed or written in a sheet. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalize(raw));
    }

    /** The reason, in Chinese, why a normalised code is not valid; {@code null} when it is. */
    public static String problemOf(String code) {
        if (code == null || code.isEmpty()) {
            return "统一社会信用代码不能为空";
        }
        if (code.length() != LENGTH) {
            return "统一社会信用代码应为18位，实际为" + code.length() + "位：" + code;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位含有不允许的字符“" + code.charAt(i) + "”（不使用I、O、Z、S、V）：" + code;
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return "统一社会信用代码校验位错误（应为" + expected + "）：" + code;
        }
        return null;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
