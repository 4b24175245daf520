package cn.gov.binzhou.nineones.evidence;

/**
 * Original file names as they are kept and offered back on download: the last path segment only, without
 * control and formatting characters (no right-to-left overrides that disguise an extension) or characters
 * that Windows forbids, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "<>:\"/\\|?*";

    private FileNames() {
    }

    static String sanitise(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank()) {
            return "evidence." + type.extension();
        }
        return shortened(clean);
    }

    private static boolean allowed(int codePoint) {
        return !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT
                && FORBIDDEN.indexOf(codePoint) < 0;
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }

    /** A checklist item title as given with an upload: trimmed, without control characters; empty is none. */
    static String item(String item) {
        if (item == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(item.length());
        item.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean;
    }
}
