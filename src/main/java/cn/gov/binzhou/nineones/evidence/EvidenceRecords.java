package cn.gov.binzhou.nineones.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** References to evidence files and their checksums ({@code nine_evidence}); the files are in the {@link FileStore}. */
@Repository
class EvidenceRecords {

    private final JdbcClient jdbc;

    EvidenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceFile file) {
        jdbc.sql("""
                insert into nine_evidence (id, nomination_id, task_id, item, original_name, stored_name, content_type,
                  size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), file.nominationId(), file.taskId(), file.item(), file.originalName(),
                        file.storedName(), file.contentType(), file.size(), file.sha256(), file.uploadedBy(),
                        Timestamp.from(file.uploadedAt()))
                .update();
    }

    long countFor(long nominationId) {
        return jdbc.sql("select count(*) from nine_evidence where nomination_id = ?").param(nominationId)
                .query(Long.class).single();
    }

    List<EvidenceFile> ofNomination(long nominationId) {
        return jdbc.sql("select * from nine_evidence where nomination_id = ? order by uploaded_at, id").param(nominationId)
                .query(EvidenceRecords::map).list();
    }

    Optional<EvidenceFile> find(String id) {
        return jdbc.sql("select * from nine_evidence where id = ?").param(id).query(EvidenceRecords::map).optional();
    }

    private static EvidenceFile map(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(rs.getString("id"), rs.getLong("nomination_id"), rs.getString("task_id"),
                rs.getString("item"), rs.getString("original_name"), rs.getString("stored_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
