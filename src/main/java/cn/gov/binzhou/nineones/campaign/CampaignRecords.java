package cn.gov.binzhou.nineones.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.ConflictException;

/** The campaign records of listed enterprises. */
@Repository
public class CampaignRecords {

    private final JdbcClient jdbc;

    CampaignRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CampaignRecord record) {
        jdbc.sql("insert into nine_campaign_record (nomination_id, batch_code, agency_id, stage, listed_at) values (?, ?, ?, ?, ?)")
                .params(record.nominationId(), record.batchCode(), record.agencyId(), record.stage().name(),
                        Timestamp.from(record.listedAt()))
                .update();
    }

    /** Saves a change, provided nobody moved the record meanwhile. */
    void save(CampaignRecord before, CampaignRecord after) {
        int updated = jdbc.sql("""
                update nine_campaign_record set stage = ?, self_assessed_at = ?, county_accepted_at = ?, county_failures = ?,
                  overdue_step = ?, overdue_at = ?, result_at = ? where nomination_id = ? and stage = ?""")
                .params(after.stage().name(), time(after.selfAssessedAt()), time(after.countyAcceptedAt()),
                        after.countyFailures(), after.overdueStep(), time(after.overdueAt()), time(after.resultAt()),
                        before.nominationId(), before.stage().name())
                .update();
        if (updated != 1) {
            throw new ConflictException("企业推进记录已被他人更新，请刷新后查看");
        }
    }

    public Optional<CampaignRecord> find(long nominationId) {
        return jdbc.sql("select * from nine_campaign_record where nomination_id = ?").param(nominationId)
                .query(CampaignRecords::map).optional();
    }

    public CampaignRecord require(long nominationId) {
        return find(nominationId).orElseThrow(() -> new IllegalStateException("No campaign record for nomination " + nominationId));
    }

    public List<CampaignRecord> inBatch(String batchCode) {
        return jdbc.sql("select * from nine_campaign_record where batch_code = ? order by nomination_id").param(batchCode)
                .query(CampaignRecords::map).list();
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static CampaignRecord map(ResultSet rs, int row) throws SQLException {
        return new CampaignRecord(rs.getLong("nomination_id"), rs.getString("batch_code"), rs.getString("agency_id"),
                CampaignStage.valueOf(rs.getString("stage")), instant(rs, "listed_at"), instant(rs, "self_assessed_at"),
                instant(rs, "county_accepted_at"), rs.getInt("county_failures"), rs.getString("overdue_step"),
                instant(rs, "overdue_at"), instant(rs, "result_at"));
    }
}
