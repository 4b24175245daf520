package cn.gov.binzhou.nineones.enrollment;

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

import cn.gov.binzhou.nineones.system.ConflictException;

/** Nominations with the enterprise data each was made with, their history, and the shared register. */
@Repository
public class Nominations {

    private static final String DATA_COLUMNS = "name, agency_id, industry, address, principal, principal_phone, "
            + "safety_contact, contact_phone, contact_email, employees, first_batch_pilot";

    private final JdbcClient jdbc;

    Nominations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String batchCode, EnterpriseData data, String source, String enterpriseUserId, String nominatedBy,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into nine_nomination (batch_code, credit_code, status, source, enterprise_user_id, nominated_by, "
                + "nominated_at, " + DATA_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(batchCode, data.creditCode().value(), NominationStatus.NOMINATED.name(), source,
                        enterpriseUserId, nominatedBy, Timestamp.from(at))
                .params(dataValues(data))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Links the enterprise's own Tasklist account to its nomination; its later tasks go to that user. */
    public void assignEnterpriseUser(long nominationId, String userId) {
        jdbc.sql("update nine_nomination set enterprise_user_id = ? where id = ?").params(userId, nominationId).update();
    }

    void attachProcess(long nominationId, String processInstanceId) {
        jdbc.sql("update nine_nomination set process_instance_id = ? where id = ?")
                .params(processInstanceId, nominationId).update();
    }

    /** Saves a status change, provided nobody changed the status meanwhile. */
    void saveStatus(Nomination before, Nomination after) {
        int updated = jdbc.sql("update nine_nomination set status = ? where id = ? and status = ?")
                .params(after.status().name(), before.id(), before.status().name()).update();
        if (updated != 1) {
            throw new ConflictException("该提报已被他人处理，请刷新后查看");
        }
    }

    void saveData(long nominationId, EnterpriseData data) {
        jdbc.sql("update nine_nomination set name = ?, agency_id = ?, industry = ?, address = ?, principal = ?, "
                + "principal_phone = ?, safety_contact = ?, contact_phone = ?, contact_email = ?, employees = ?, "
                + "first_batch_pilot = ? where id = ?")
                .params(dataValues(data)).param(nominationId).update();
    }

    void addEvent(NominationEvent event) {
        jdbc.sql("""
                insert into nine_nomination_event (nomination_id, step, decision, status_after, comment_text, actor,
                  task_id, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.nominationId(), event.step(), event.decision(), event.statusAfter().name(),
                        event.comment(), event.actor(), event.taskId(), Timestamp.from(event.occurredAt()))
                .update();
    }

    public List<NominationEvent> events(long nominationId) {
        return jdbc.sql("select * from nine_nomination_event where nomination_id = ? order by id")
                .param(nominationId)
                .query((rs, row) -> new NominationEvent(rs.getLong("nomination_id"), rs.getString("step"),
                        rs.getString("decision"), NominationStatus.valueOf(rs.getString("status_after")),
                        rs.getString("comment_text"), rs.getString("actor"), rs.getString("task_id"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /** The batch's nominations that the county approved at some point, whatever happened to them later. */
    public java.util.Set<Long> countyApproved(String batchCode) {
        return new java.util.HashSet<>(jdbc.sql("""
                select distinct e.nomination_id from nine_nomination_event e join nine_nomination n on n.id = e.nomination_id
                where n.batch_code = ? and e.step = 'countyReview' and e.decision = 'APPROVE'""")
                .param(batchCode).query(Long.class).list());
    }

    public Optional<NominatedEnterprise> find(long nominationId) {
        return jdbc.sql("select * from nine_nomination where id = ?").param(nominationId).query(Nominations::map).optional();
    }

    public Optional<NominatedEnterprise> find(String batchCode, String creditCode) {
        return jdbc.sql("select * from nine_nomination where batch_code = ? and credit_code = ?")
                .params(batchCode, creditCode).query(Nominations::map).optional();
    }

    public List<NominatedEnterprise> inBatch(String batchCode) {
        return jdbc.sql("select * from nine_nomination where batch_code = ? order by id").param(batchCode)
                .query(Nominations::map).list();
    }

    /** The batch's nominations in the reports' light form (no contact data), in the order they were made. */
    public List<NominationSummary> summariesInBatch(String batchCode) {
        return jdbc.sql("select id, credit_code, agency_id, status, name, industry from nine_nomination where batch_code = ? order by id")
                .param(batchCode)
                .query((rs, row) -> new NominationSummary(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("agency_id"), NominationStatus.valueOf(rs.getString("status")), rs.getString("name"),
                        Industry.valueOf(rs.getString("industry"))))
                .list();
    }

    /** The batch's listed (city-approved) nominations, optionally of one agency only. */
    public List<NominatedEnterprise> listedInBatch(String batchCode, String agencyIdOrNull) {
        String sql = "select * from nine_nomination where batch_code = ? and status = 'CITY_APPROVED'"
                + (agencyIdOrNull == null ? "" : " and agency_id = ?") + " order by id";
        var statement = jdbc.sql(sql).param(batchCode);
        if (agencyIdOrNull != null) {
            statement = statement.param(agencyIdOrNull);
        }
        return statement.query(Nominations::map).list();
    }

    /** The register entry of a credit code: its id and the agency it belongs to. */
    record RegisterEntry(long id, String agencyId, EnterpriseData data) {
    }

    Optional<RegisterEntry> registerEntry(String creditCode) {
        return jdbc.sql("select * from nine_enterprise where credit_code = ?").param(creditCode)
                .query((rs, row) -> new RegisterEntry(rs.getLong("id"), rs.getString("agency_id"), data(rs)))
                .optional();
    }

    long insertRegisterEntry(EnterpriseData data, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into nine_enterprise (credit_code, updated_at, " + DATA_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(data.creditCode().value(), Timestamp.from(at)).params(dataValues(data)).update(key, "id");
        return key.getKey().longValue();
    }

    void updateRegisterEntry(long id, EnterpriseData data, Instant at) {
        jdbc.sql("update nine_enterprise set name = ?, agency_id = ?, industry = ?, address = ?, principal = ?, "
                + "principal_phone = ?, safety_contact = ?, contact_phone = ?, contact_email = ?, employees = ?, "
                + "first_batch_pilot = ?, updated_at = ? where id = ?")
                .params(dataValues(data)).params(Timestamp.from(at), id).update();
    }

    void recordRegisterChange(long enterpriseId, long nominationId, String kind, String changes, String actor, Instant at) {
        jdbc.sql("""
                insert into nine_enterprise_change (enterprise_id, nomination_id, change_kind, changes, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(enterpriseId, nominationId, kind, changes, actor, Timestamp.from(at)).update();
        jdbc.sql("update nine_nomination set enterprise_id = ? where id = ?").params(enterpriseId, nominationId).update();
    }

    private static Object[] dataValues(EnterpriseData data) {
        return new Object[] {data.name(), data.agencyId(), data.industry().name(), data.address(), data.principal(),
                data.principalPhone(), data.safetyContact(), data.contactPhone(), data.contactEmail(), data.employees(),
                data.firstBatchPilot()};
    }

    private static NominatedEnterprise map(ResultSet rs, int row) throws SQLException {
        Nomination nomination = new Nomination(rs.getLong("id"), rs.getString("batch_code"),
                rs.getString("credit_code"), rs.getString("agency_id"),
                NominationStatus.valueOf(rs.getString("status")), rs.getString("source"),
                rs.getString("enterprise_user_id"), rs.getString("nominated_by"),
                rs.getTimestamp("nominated_at").toInstant(), rs.getString("process_instance_id"));
        return new NominatedEnterprise(nomination, data(rs));
    }

    private static EnterpriseData data(ResultSet rs) throws SQLException {
        Integer employees = rs.getObject("employees") == null ? null : rs.getInt("employees");
        return new EnterpriseData(new CreditCode(rs.getString("credit_code")), rs.getString("name"),
                rs.getString("agency_id"), Industry.valueOf(rs.getString("industry")), rs.getString("address"),
                rs.getString("principal"), rs.getString("principal_phone"), rs.getString("safety_contact"),
                rs.getString("contact_phone"), rs.getString("contact_email"), employees,
                rs.getBoolean("first_batch_pilot"));
    }
}
