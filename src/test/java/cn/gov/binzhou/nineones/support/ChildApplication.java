package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The application as a real separate JVM process, on the test's classpath, with its output in a file:
 * started, waited for (readiness, with a bound), and ended by SIGTERM or killed like {@code kill -9}.
 */
public final class ChildApplication {

    public static final String MAIN = "cn.gov.binzhou.nineones.NineOnesApplication";

    private final Process process;
    private final Path log;
    private final int port;

    private ChildApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the application with these arguments on a free port and waits until it is ready. */
    public static ChildApplication start(Path logDir, String name, List<String> arguments) {
        int port = MailServer.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", classpath(), MAIN, "--server.port=" + port));
        command.addAll(arguments);
        Path log = logDir.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(logDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildApplication child = new ChildApplication(process, log, port);
            child.awaitReady();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test's own classpath, without empty entries (an empty entry would put the working directory, the
     * project with its models, on the classpath). Where Surefire starts tests with a jar whose manifest lists
     * the classpath, that list is expanded.
     */
    static String classpath() {
        String[] entries = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).toArray(String[]::new);
        String classpath = String.join(java.io.File.pathSeparator, entries);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return classpath;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entries[0])) {
            String manifestPath = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (manifestPath == null) {
                return classpath;
            }
            URI base = Path.of(entries[0]).toAbsolutePath().toUri();
            List<String> paths = new ArrayList<>();
            for (String entry : manifestPath.trim().split("\\s+")) {
                paths.add(Path.of(base.resolve(entry)).toString());
            }
            return String.join(java.io.File.pathSeparator, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean ready = awaitCondition(180_000, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended during start-up:\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        if (!ready) {
            process.destroyForcibly();
            throw new IllegalStateException("the application was not ready within 180 s:\n" + tail());
        }
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(30);
    }

    /** SIGTERM: Spring's graceful shutdown; answers the exit code. */
    public int stop(int seconds) {
        process.destroy();
        return awaitExit(seconds);
    }

    private int awaitExit(int seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the application did not end within " + seconds + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many lines of the output contain the text. */
    public long linesContaining(String text) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Polls the condition every 100 ms until it holds or the bound passes; answers whether it held. */
    public static boolean awaitCondition(long millis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
