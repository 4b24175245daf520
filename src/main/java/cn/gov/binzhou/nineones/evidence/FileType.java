package cn.gov.binzhou.nineones.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of evidence file accepted, each known by its extensions and by its first bytes. */
enum FileType {
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", List.of("png"), new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", List.of("pdf"), new int[] {0x25, 0x50, 0x44, 0x46, 0x2D});

    static final int HEADER_BYTES = 8;

    private final String contentType;
    private final List<String> extensions;
    private final int[] magic;

    FileType(String contentType, List<String> extensions, int[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    /** The extension the file is stored with. */
    String extension() {
        return extensions.get(0);
    }

    static Optional<FileType> byFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** Whether the file's first bytes are this type's signature. */
    boolean matches(byte[] header) {
        if (header.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((header[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
