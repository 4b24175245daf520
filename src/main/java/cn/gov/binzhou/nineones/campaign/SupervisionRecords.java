package cn.gov.binzhou.nineones.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies' supervision plans and their visits to enterprises (督导检查). */
@Repository
public class SupervisionRecords {

    /** The forms of guidance a visit may take. */
    static final List<String> FORMS = List.of("指导帮扶", "培训", "观摩学习", "督导检查");

    /** One recorded visit. */
    public record Visit(long nominationId, String agencyId, LocalDate date, String form, String findings, String recordedBy) {
    }

    private final JdbcClient jdbc;

    SupervisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void savePlan(String batchCode, String agencyId, int plannedVisits, String forms, String people, String notes,
            String by, Instant at) {
        jdbc.sql("delete from nine_supervision_plan where batch_code = ? and agency_id = ?").params(batchCode, agencyId).update();
        jdbc.sql("""
                insert into nine_supervision_plan (batch_code, agency_id, planned_visits, guidance_forms, people, notes,
                  submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchCode, agencyId, plannedVisits, forms, people, notes, by, Timestamp.from(at)).update();
    }

    void addVisit(String batchCode, Visit visit, Instant at) {
        jdbc.sql("""
                insert into nine_supervision_visit (batch_code, agency_id, nomination_id, visit_date, visit_form, findings,
                  recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchCode, visit.agencyId(), visit.nominationId(), Date.valueOf(visit.date()), visit.form(),
                        visit.findings(), visit.recordedBy(), Timestamp.from(at))
                .update();
    }

    public List<Visit> visits(String batchCode, String agencyId) {
        return jdbc.sql("""
                select * from nine_supervision_visit where batch_code = ? and agency_id = ? order by visit_date, id""")
                .params(batchCode, agencyId)
                .query((rs, row) -> new Visit(rs.getLong("nomination_id"), rs.getString("agency_id"),
                        rs.getDate("visit_date").toLocalDate(), rs.getString("visit_form"), rs.getString("findings"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Visits per nomination of the batch, for the city's view of enterprises nobody has visited. */
    public Map<Long, Integer> visitCounts(String batchCode) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select nomination_id, count(*) as visits from nine_supervision_visit where batch_code = ? group by nomination_id")
                .param(batchCode).query(rs -> {
                    counts.put(rs.getLong("nomination_id"), rs.getInt("visits"));
                });
        return counts;
    }

    /** The visits an agency's plan foresees; 0 without a plan. */
    public int plannedVisits(String batchCode, String agencyId) {
        return jdbc.sql("select planned_visits from nine_supervision_plan where batch_code = ? and agency_id = ?")
                .params(batchCode, agencyId).query(Integer.class).optional().orElse(0);
    }

    public boolean hasPlan(String batchCode, String agencyId) {
        return jdbc.sql("select count(*) from nine_supervision_plan where batch_code = ? and agency_id = ?")
                .params(batchCode, agencyId).query(Integer.class).single() > 0;
    }
}
