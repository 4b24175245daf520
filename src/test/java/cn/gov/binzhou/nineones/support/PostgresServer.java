package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server, started once per test JVM from Maven Central binaries, on a free port. */
public final class PostgresServer {

    private static EmbeddedPostgres server;

    /**
     * What docs/scaling.md asks of the bureau's server, instead of PostgreSQL's defaults for a small
     * machine (128 MB of buffers, a checkpoint every 1 GB of WAL).
     */
    static final Map<String, String> PRODUCTION_SETTINGS = Map.of(
            "shared_buffers", "1GB",
            "max_wal_size", "8GB",
            "checkpoint_timeout", "30min",
            "effective_cache_size", "4GB");

    private PostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                PRODUCTION_SETTINGS.forEach(builder::setServerConfig);
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL could not be started", e);
            }
        }
        return server;
    }

    /** Creates a fresh database on the shared server; answers its JDBC URL (user and password: postgres). */
    public static String createDatabase(String database) {
        EmbeddedPostgres postgres = get();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database " + database + " could not be created", e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    /** Points the application at a fresh database of the shared server. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = createDatabase(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
