package cn.gov.binzhou.nineones.deduction;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.campaign.FindingRecorded;
import cn.gov.binzhou.nineones.deduction.Deduction.Rectification;
import cn.gov.binzhou.nineones.deduction.Deduction.Status;
import cn.gov.binzhou.nineones.system.ConflictException;

/**
 * The deduction ledger. Every change names the state it comes from; a change from another state (the
 * objection after it lapsed, a second decision) is refused and changes nothing.
 */
@Repository
public class Deductions {

    private final JdbcClient jdbc;

    Deductions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(FindingRecorded finding, int round, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into nine_deduction (batch_code, agency_id, nomination_id, check_id, check_kind, finding, county_passed,
                  round, status, rectification, proposed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(finding.batchCode(), finding.agencyId(), finding.nominationId(), finding.checkId(), finding.kind(),
                        finding.finding(), finding.countyPassed(), round, Status.PROPOSED.name(), Rectification.NONE.name(),
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    int rounds(long nominationId, String batchCode) {
        return jdbc.sql("select count(*) from nine_deduction where nomination_id = ? and batch_code = ?")
                .params(nominationId, batchCode).query(Integer.class).single();
    }

    void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update nine_deduction set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void propose(long id, BigDecimal points, boolean capped) {
        change(jdbc.sql("update nine_deduction set points_proposed = ?, capped = ? where id = ? and status = 'PROPOSED'")
                .params(points, capped, id).update());
    }

    void object(long id, String objection, String by, Instant at) {
        change(jdbc.sql("""
                update nine_deduction set status = 'AWAITING_CONFIRMATION', objection = ?, objected_by = ?, objected_at = ?
                where id = ? and status = 'PROPOSED'""").params(objection, by, Timestamp.from(at), id).update());
    }

    void lapse(long id) {
        change(jdbc.sql("""
                update nine_deduction set status = 'AWAITING_CONFIRMATION', objection_lapsed = true
                where id = ? and status = 'PROPOSED'""").param(id).update());
    }

    void decide(long id, String decision, BigDecimal points, String comment, String by, Instant at) {
        boolean rejected = DeductionProcess.Decision.REJECT.name().equals(decision);
        change(jdbc.sql("""
                update nine_deduction set status = ?, decision = ?, points_confirmed = ?, decision_comment = ?, decided_by = ?,
                  decided_at = ?, rectification = ? where id = ? and status = 'AWAITING_CONFIRMATION'""")
                .params(rejected ? Status.REJECTED.name() : Status.CONFIRMED.name(), decision, rejected ? null : points,
                        comment, by, Timestamp.from(at), rejected ? Rectification.NONE.name() : Rectification.OPEN.name(), id)
                .update());
    }

    void rectified(long id, String report, Instant at) {
        change(jdbc.sql("""
                update nine_deduction set rectification = 'RECHECKING', rectification_report = ?, rectified_at = ?
                where id = ? and rectification = 'OPEN'""").params(report, Timestamp.from(at), id).update());
    }

    void rechecked(long id, boolean passed) {
        change(jdbc.sql("update nine_deduction set rectification = ? where id = ? and rectification = 'RECHECKING'")
                .params(passed ? Rectification.RECTIFIED.name() : Rectification.FAILED.name(), id).update());
    }

    /** The points that count or may count for the agency in the batch: confirmed, or proposed and undecided. */
    BigDecimal committed(String batchCode, String agencyId, long except) {
        return jdbc.sql("""
                select coalesce(sum(case when status = 'CONFIRMED' then points_confirmed
                                         when status in ('PROPOSED', 'AWAITING_CONFIRMATION') then points_proposed
                                         else 0 end), 0)
                from nine_deduction where batch_code = ? and agency_id = ? and id <> ?""")
                .params(batchCode, agencyId, except).query(BigDecimal.class).single();
    }

    /** The confirmed points of the agency in the batch, the other rows only. */
    BigDecimal confirmed(String batchCode, String agencyId, long except) {
        return jdbc.sql("""
                select coalesce(sum(points_confirmed), 0) from nine_deduction
                where batch_code = ? and agency_id = ? and status = 'CONFIRMED' and id <> ?""")
                .params(batchCode, agencyId, except).query(BigDecimal.class).single();
    }

    public Optional<Deduction> find(long id) {
        return jdbc.sql("select * from nine_deduction where id = ?").param(id).query(Deductions::map).optional();
    }

    public List<Deduction> inBatch(String batchCode) {
        return jdbc.sql("select * from nine_deduction where batch_code = ? order by agency_id, id").param(batchCode)
                .query(Deductions::map).list();
    }

    private static void change(int updated) {
        if (updated != 1) {
            throw new ConflictException("该扣分记录已被处理，不能重复办理");
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static Deduction map(ResultSet rs, int row) throws SQLException {
        Long checkId = rs.getObject("check_id") == null ? null : rs.getLong("check_id");
        return new Deduction(rs.getLong("id"), rs.getString("batch_code"), rs.getString("agency_id"),
                rs.getLong("nomination_id"), checkId, rs.getString("check_kind"), rs.getString("finding"),
                rs.getBoolean("county_passed"), rs.getInt("round"), rs.getBigDecimal("points_proposed"),
                rs.getBoolean("capped"), Status.valueOf(rs.getString("status")), rs.getString("objection"),
                rs.getString("objected_by"), instant(rs, "objected_at"), rs.getBoolean("objection_lapsed"),
                rs.getString("decision"), rs.getBigDecimal("points_confirmed"), rs.getString("decision_comment"),
                rs.getString("decided_by"), instant(rs, "decided_at"), Rectification.valueOf(rs.getString("rectification")),
                rs.getString("rectification_report"), instant(rs, "rectified_at"), instant(rs, "proposed_at"));
    }
}
