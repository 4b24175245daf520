package cn.gov.binzhou.nineones.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * The folder that holds evidence files ({@code nineones.evidence.dir}), outside the database. Files are
 * stored under names this store makes up (a random UUID and the type's extension), never under a name a
 * client sent; a file is written whole to a temporary name first and then moved into place.
 */
@Component
class FileStore {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f-]{36}\\.(jpg|png|pdf)");

    /** A file as stored: its name in the store, its size and its SHA-256 checksum in hex. */
    record Stored(String name, long size, String sha256) {
    }

    private final Path root;

    FileStore(EvidenceProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    /** Stores at most {@code maxBytes} bytes of the stream under a new name. */
    Stored store(InputStream content, FileType type, long maxBytes) {
        String name = UUID.randomUUID() + "." + type.extension();
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest digest = sha256();
                long size;
                try (InputStream in = new DigestInputStream(content, digest);
                        OutputStream out = Files.newOutputStream(temporary)) {
                    size = copyAtMost(in, out, maxBytes);
                }
                Files.move(temporary, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                return new Stored(name, size, HexFormat.of().formatHex(digest.digest()));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("佐证文件无法保存", e);
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new RefusedException("文件超过" + maxBytes / 1024 / 1024 + "MB上限");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** The SHA-256 of a stored file as it is now; empty if it is missing. */
    Optional<String> checksum(String name) {
        Path file = path(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    void copy(String name, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(path(name))) {
            in.transferTo(out);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only names this store made lead into it. */
    Path path(String name) {
        if (name == null || !STORED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a stored evidence file name: " + name);
        }
        return root.resolve(name);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
