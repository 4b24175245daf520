package cn.gov.binzhou.nineones.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the sample campaign is built, the demo's H2 file writes its commits every half second rather than
 * each at once ({@code SET WRITE_DELAY}); afterwards every commit is written at once again, as the demo's
 * URL sets it. The build's many small commits cost the file a write each otherwise. Nothing is put at risk:
 * a demo killed while building keeps a partial sample either way, and the URL's setting applies again
 * whenever the database is opened. On any other database this does nothing.
 */
final class RelaxedWrites implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelaxedWrites.class);
    static final int BUILD_WRITE_DELAY_MILLIS = 500;

    private final DataSource dataSource;
    private final boolean relaxed;

    private RelaxedWrites(DataSource dataSource, boolean relaxed) {
        this.dataSource = dataSource;
        this.relaxed = relaxed;
    }

    static RelaxedWrites during(DataSource dataSource) {
        return new RelaxedWrites(dataSource, isH2(dataSource) && writeDelay(dataSource, BUILD_WRITE_DELAY_MILLIS));
    }

    @Override
    public void close() {
        if (relaxed) {
            writeDelay(dataSource, 0);
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean writeDelay(DataSource dataSource, int millis) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY " + millis);
            return true;
        } catch (SQLException e) {
            LOG.warn("H2 write delay not set to {} ms: {}", millis, e.getMessage());
            return false;
        }
    }
}
