package cn.gov.binzhou.nineones.batch;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.NotFoundException;

/** The batch table. */
@Repository
public class Batches {

    private final JdbcClient jdbc;

    Batches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Batch> find(String code) {
        return jdbc.sql("select * from nine_batch where batch_code = ?").param(code).query(Batches::map).optional();
    }

    public Batch require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("批次“" + code + "”不存在"));
    }

    public List<Batch> all() {
        return jdbc.sql("select * from nine_batch order by created_at desc").query(Batches::map).list();
    }

    void insert(Batch batch) {
        BatchCalendar c = batch.calendar();
        jdbc.sql("""
                insert into nine_batch (batch_code, name, batch_year, nomination_closes, city_approval_by,
                  supervision_plans_by, progress_check_from, progress_check_to, self_assessment_by,
                  county_acceptance_by, acceptance_check_from, acceptance_check_to, deductions_by,
                  sampling_rate_percent, sampling_minimum, sampling_seed, phase, process_instance_id,
                  created_by, created_at, from_fixed_list, previous_batch_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batch.code(), batch.name(), batch.year(), c.nominationCloses(), c.cityApprovalBy(),
                        c.supervisionPlansBy(), c.progressCheckFrom(), c.progressCheckTo(), c.selfAssessmentBy(),
                        c.countyAcceptanceBy(), c.acceptanceCheckFrom(), c.acceptanceCheckTo(), c.deductionsBy(),
                        batch.samplingRatePercent(), batch.samplingMinimum(), batch.samplingSeed(),
                        batch.phase().name(), batch.processInstanceId(), batch.createdBy(),
                        Timestamp.from(batch.createdAt()), batch.fromFixedList(), batch.previousBatchCode())
                .update();
    }

    /** Moves the batch to a phase; a batch never goes back. */
    public void updatePhase(String code, BatchPhase phase) {
        Batch batch = require(code);
        if (batch.phase().compareTo(phase) > 0) {
            throw new IllegalStateException("Batch " + code + " cannot go back from " + batch.phase() + " to " + phase);
        }
        jdbc.sql("update nine_batch set phase = ?, closed_at = ? where batch_code = ?")
                .params(phase.name(), phase == BatchPhase.CLOSED ? Timestamp.from(CampaignTime.now().toInstant()) : null, code)
                .update();
    }

    private static Batch map(ResultSet rs, int row) throws SQLException {
        BatchCalendar calendar = new BatchCalendar(date(rs, "nomination_closes"), date(rs, "city_approval_by"),
                date(rs, "supervision_plans_by"), date(rs, "progress_check_from"), date(rs, "progress_check_to"),
                date(rs, "self_assessment_by"), date(rs, "county_acceptance_by"),
                date(rs, "acceptance_check_from"), date(rs, "acceptance_check_to"), date(rs, "deductions_by"));
        return new Batch(rs.getString("batch_code"), rs.getString("name"), rs.getInt("batch_year"), calendar,
                rs.getInt("sampling_rate_percent"), rs.getInt("sampling_minimum"), rs.getLong("sampling_seed"),
                BatchPhase.valueOf(rs.getString("phase")), rs.getString("process_instance_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("from_fixed_list"),
                rs.getString("previous_batch_code"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
