package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The demo profile's H2 file database URL, as application-demo.yml has it, pointed at another directory. */
public final class DemoDatabase {

    private static final String DEMO_FILE = "./data/nine-ones";

    private DemoDatabase() {
    }

    public static String url() {
        try (InputStream yaml = DemoDatabase.class.getResourceAsStream("/application-demo.yml")) {
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.startsWith("url: jdbc:h2:file:")).findFirst().orElseThrow()
                    .substring("url: ".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo's URL with all its settings, for a database file {@code nine-ones} in the directory. */
    public static String urlIn(Path dir) {
        return url().replace(DEMO_FILE, dir.resolve("nine-ones").toAbsolutePath().toString());
    }
}
