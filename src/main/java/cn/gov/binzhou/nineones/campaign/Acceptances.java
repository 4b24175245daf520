package cn.gov.binzhou.nineones.campaign;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-assessments (attested by the principal) and county acceptances, every round kept. */
@Repository
class Acceptances {

    record SelfAssessment(int round, String doneItems, String notes, String principal, LocalDate attestedOn, String by) {
    }

    record CountyAcceptance(int round, String result, String failedItems, String findings, String by) {
    }

    private final JdbcClient jdbc;

    Acceptances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addSelfAssessment(long nominationId, SelfAssessment assessment, Instant at) {
        jdbc.sql("""
                insert into nine_self_assessment (nomination_id, round, done_items, evidence_notes, principal_name,
                  attested_on, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(nominationId, assessment.round(), assessment.doneItems(), assessment.notes(), assessment.principal(),
                        Date.valueOf(assessment.attestedOn()), assessment.by(), Timestamp.from(at))
                .update();
    }

    void addCountyAcceptance(long nominationId, CountyAcceptance acceptance, Instant at) {
        jdbc.sql("""
                insert into nine_county_acceptance (nomination_id, round, result, failed_items, findings, accepted_by,
                  accepted_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(nominationId, acceptance.round(), acceptance.result(), acceptance.failedItems(),
                        acceptance.findings(), acceptance.by(), Timestamp.from(at))
                .update();
    }

    Optional<SelfAssessment> lastSelfAssessment(long nominationId) {
        return jdbc.sql("select * from nine_self_assessment where nomination_id = ? order by round desc, id desc")
                .param(nominationId)
                .query((rs, row) -> new SelfAssessment(rs.getInt("round"), rs.getString("done_items"),
                        rs.getString("evidence_notes"), rs.getString("principal_name"),
                        rs.getDate("attested_on").toLocalDate(), rs.getString("submitted_by")))
                .list().stream().findFirst();
    }

    Optional<CountyAcceptance> lastCountyAcceptance(long nominationId) {
        return jdbc.sql("select * from nine_county_acceptance where nomination_id = ? order by round desc, id desc")
                .param(nominationId)
                .query((rs, row) -> new CountyAcceptance(rs.getInt("round"), rs.getString("result"),
                        rs.getString("failed_items"), rs.getString("findings"), rs.getString("accepted_by")))
                .list().stream().findFirst();
    }
}
