package cn.gov.binzhou.nineones.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.gov.binzhou.nineones.system.CampaignTime;

/** The enterprise register, nominations and their history. */
@Repository
public class Nominations {

    private static final String SELECT = """
            select n.*, e.name, e.industry, e.address, e.principal, e.principal_phone, e.safety_contact,
                   e.contact_phone, e.contact_email, e.employees, e.first_batch_pilot, e.agency_id as e_agency
            from nine_nomination n join nine_enterprise e on e.id = n.enterprise_id
            """;

    private final JdbcClient jdbc;

    Nominations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the register entry of the enterprise's credit code; returns its id. */
    long saveEnterprise(EnterpriseData data) {
        Optional<Long> existing = jdbc.sql("select id from nine_enterprise where credit_code = ?")
                .param(data.creditCode().value()).query(Long.class).optional();
        Object[] values = {data.name(), data.agencyId(), data.industry().name(), data.address(), data.principal(),
                data.principalPhone(), data.safetyContact(), data.contactPhone(), data.contactEmail(),
                data.employees(), data.firstBatchPilot(), Timestamp.from(CampaignTime.now().toInstant())};
        if (existing.isPresent()) {
            jdbc.sql("""
                    update nine_enterprise set name = ?, agency_id = ?, industry = ?, address = ?, principal = ?,
                      principal_phone = ?, safety_contact = ?, contact_phone = ?, contact_email = ?, employees = ?,
                      first_batch_pilot = ?, updated_at = ? where id = ?""")
                    .params(append(values, existing.get())).update();
            return existing.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into nine_enterprise (name, agency_id, industry, address, principal, principal_phone,
                  safety_contact, contact_phone, contact_email, employees, first_batch_pilot, updated_at, credit_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(append(values, data.creditCode().value())).update(key, "id");
        return key.getKey().longValue();
    }

    long insertNomination(String batchCode, long enterpriseId, EnterpriseData data, String source,
            String enterpriseUserId, String nominatedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into nine_nomination (batch_code, enterprise_id, credit_code, agency_id, status, source,
                  enterprise_user_id, nominated_by, nominated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchCode, enterpriseId, data.creditCode().value(), data.agencyId(),
                        NominationStatus.NOMINATED.name(), source, enterpriseUserId, nominatedBy,
                        Timestamp.from(CampaignTime.now().toInstant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void attachProcess(long nominationId, String processInstanceId) {
        jdbc.sql("update nine_nomination set process_instance_id = ? where id = ?")
                .params(processInstanceId, nominationId).update();
    }

    void updateStatus(long nominationId, NominationStatus status, String agencyId) {
        jdbc.sql("update nine_nomination set status = ?, agency_id = ? where id = ?")
                .params(status.name(), agencyId, nominationId).update();
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

    public Optional<NominatedEnterprise> find(long nominationId) {
        return jdbc.sql(SELECT + " where n.id = ?").param(nominationId).query(Nominations::map).optional();
    }

    public Optional<NominatedEnterprise> find(String batchCode, String creditCode) {
        return jdbc.sql(SELECT + " where n.batch_code = ? and n.credit_code = ?").params(batchCode, creditCode)
                .query(Nominations::map).optional();
    }

    public List<NominatedEnterprise> inBatch(String batchCode) {
        return jdbc.sql(SELECT + " where n.batch_code = ? order by n.id").param(batchCode)
                .query(Nominations::map).list();
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private static NominatedEnterprise map(ResultSet rs, int row) throws SQLException {
        Nomination nomination = new Nomination(rs.getLong("id"), rs.getString("batch_code"),
                rs.getLong("enterprise_id"), rs.getString("credit_code"), rs.getString("agency_id"),
                NominationStatus.valueOf(rs.getString("status")), rs.getString("source"),
                rs.getString("enterprise_user_id"), rs.getString("nominated_by"),
                rs.getTimestamp("nominated_at").toInstant(), rs.getString("process_instance_id"),
                rs.getString("name"));
        Integer employees = rs.getObject("employees") == null ? null : rs.getInt("employees");
        EnterpriseData data = new EnterpriseData(new CreditCode(rs.getString("credit_code")), rs.getString("name"),
                rs.getString("e_agency"), Industry.valueOf(rs.getString("industry")), rs.getString("address"),
                rs.getString("principal"), rs.getString("principal_phone"), rs.getString("safety_contact"),
                rs.getString("contact_phone"), rs.getString("contact_email"), employees,
                rs.getBoolean("first_batch_pilot"));
        return new NominatedEnterprise(nomination, data);
    }
}
