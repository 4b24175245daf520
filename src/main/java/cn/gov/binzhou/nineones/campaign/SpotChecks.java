package cn.gov.binzhou.nineones.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.ConflictException;

/** Spot-checks and the recorded assignment of agencies to inspection groups. */
@Repository
public class SpotChecks {

    private final JdbcClient jdbc;

    SpotChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A re-check after a rectification: the same inspection group checks the enterprise again; answers
     * the new check.
     */
    public SpotCheck scheduleRecheck(String batchCode, long nominationId, String agencyId, String groupId, LocalDate due) {
        return find(insert(batchCode, CheckKind.RECHECK, nominationId, agencyId, groupId, due)).orElseThrow();
    }

    long insert(String batchCode, CheckKind kind, long nominationId, String agencyId, String groupId, LocalDate due) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into nine_spot_check (batch_code, kind, nomination_id, agency_id, group_id, due_date, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(batchCode, kind.name(), nominationId, agencyId, groupId, due).update(key, "id");
        return key.getKey().longValue();
    }

    void attachProcess(long checkId, String processInstanceId) {
        jdbc.sql("update nine_spot_check set process_instance_id = ? where id = ?").params(processInstanceId, checkId).update();
    }

    void saveResult(SpotCheck check) {
        int updated = jdbc.sql("""
                update nine_spot_check set status = 'DONE', result = ?, deficient_items = ?, findings = ?, staff_questioned = ?,
                  staff_answered = ?, checked_by = ?, checked_at = ? where id = ? and status = 'OPEN'""")
                .params(check.result().name(), check.deficientItems(), check.findings(), check.staffQuestioned(),
                        check.staffAnswered(), check.checkedBy(), Timestamp.from(check.checkedAt()), check.id())
                .update();
        if (updated != 1) {
            throw new ConflictException("该抽查已记录结果，不能重复记录");
        }
    }

    /** The latest re-check of an enterprise in a batch. */
    public Optional<SpotCheck> latestRecheck(String batchCode, long nominationId) {
        return jdbc.sql("select * from nine_spot_check where batch_code = ? and kind = 'RECHECK' and nomination_id = ? order by id desc")
                .params(batchCode, nominationId).query(SpotChecks::map).list().stream().findFirst();
    }

    public Optional<SpotCheck> find(long id) {
        return jdbc.sql("select * from nine_spot_check where id = ?").param(id).query(SpotChecks::map).optional();
    }

    public Optional<SpotCheck> find(String batchCode, CheckKind kind, long nominationId) {
        return jdbc.sql("select * from nine_spot_check where batch_code = ? and kind = ? and nomination_id = ?")
                .params(batchCode, kind.name(), nominationId).query(SpotChecks::map).optional();
    }

    public List<SpotCheck> inBatch(String batchCode) {
        return jdbc.sql("select * from nine_spot_check where batch_code = ? order by id").param(batchCode)
                .query(SpotChecks::map).list();
    }

    /** The batch's checks of one kind whose result is recorded. */
    public List<SpotCheck> doneInBatch(String batchCode, CheckKind kind) {
        return jdbc.sql("select * from nine_spot_check where batch_code = ? and kind = ? and status = 'DONE' order by id")
                .params(batchCode, kind.name()).query(SpotChecks::map).list();
    }

    long openCount(String batchCode) {
        return jdbc.sql("select count(*) from nine_spot_check where batch_code = ? and status = 'OPEN'").param(batchCode)
                .query(Long.class).single();
    }

    void recordAssignment(String batchCode, CheckKind kind, String agencyId, String groupId, int population, int sampled) {
        jdbc.sql("""
                insert into nine_check_assignment (batch_code, kind, agency_id, group_id, population, sampled)
                values (?, ?, ?, ?, ?, ?)""")
                .params(batchCode, kind.name(), agencyId, groupId, population, sampled).update();
    }

    /** The recorded assignment: agency id to inspection group, for one kind of check. */
    public java.util.Map<String, String> assignment(String batchCode, CheckKind kind) {
        java.util.Map<String, String> groups = new java.util.TreeMap<>();
        jdbc.sql("select agency_id, group_id from nine_check_assignment where batch_code = ? and kind = ?")
                .params(batchCode, kind.name())
                .query(rs -> {
                    groups.put(rs.getString("agency_id"), rs.getString("group_id"));
                });
        return groups;
    }

    private static SpotCheck map(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        Timestamp checkedAt = rs.getTimestamp("checked_at");
        return new SpotCheck(rs.getLong("id"), rs.getString("batch_code"), CheckKind.valueOf(rs.getString("kind")),
                rs.getLong("nomination_id"), rs.getString("agency_id"), rs.getString("group_id"),
                rs.getDate("due_date").toLocalDate(), "DONE".equals(rs.getString("status")),
                result == null ? null : SpotCheckResult.valueOf(result), rs.getString("deficient_items"),
                rs.getString("findings"), (Integer) rs.getObject("staff_questioned", Integer.class),
                (Integer) rs.getObject("staff_answered", Integer.class), rs.getString("checked_by"),
                checkedAt == null ? null : checkedAt.toInstant());
    }
}
