package cn.gov.binzhou.nineones.enrollment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CityDecision;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CountyDecision;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Memberships;
import cn.gov.binzhou.nineones.system.NotFoundException;
import cn.gov.binzhou.nineones.system.RefusedException;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Registering nominations and keeping each decision on them. Registration is the only way an
 * enterprise process starts; the steps after it find their nomination by the instance's business key.
 */
@Service
public class NominationService {

    private final Nominations nominations;
    private final Batches batches;
    private final Agencies agencies;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EnterpriseRegister register;

    NominationService(Nominations nominations, Batches batches, Agencies agencies, RuntimeService runtime,
            IdentityService identity, EnterpriseRegister register) {
        this.nominations = nominations;
        this.batches = batches;
        this.agencies = agencies;
        this.runtime = runtime;
        this.identity = identity;
        this.register = register;
    }

    /** The batch, if it exists and still accepts nominations; otherwise a Chinese reason. */
    public Batch openBatch(String batchCode) {
        Batch batch = batches.find(batchCode)
                .orElseThrow(() -> new NotFoundException("批次“" + batchCode + "”不存在"));
        if (!batch.acceptsNominations()) {
            throw new RefusedException("批次“" + batchCode + "”提报已截止（" + batch.phase().label() + "）");
        }
        return batch;
    }

    /**
     * The message about an existing nomination of the code in the batch, if there is one. Only those who
     * may act for its agency learn whose it is and where it stands.
     */
    public Optional<String> duplicateOf(String batchCode, String creditCode, Set<String> askingGroups) {
        return nominations.find(batchCode, creditCode).map(existing -> {
            String said = "统一社会信用代码" + creditCode + "已在批次" + batchCode + "中提报，不能重复提报";
            Nomination nomination = existing.nomination();
            if (!Memberships.mayActFor(askingGroups, nomination.agencyId())) {
                return said + "；如有疑问请联系市应急管理局";
            }
            return said + "：" + existing.enterprise().name() + "（" + agencies.require(nomination.agencyId()).name()
                    + "，" + nomination.status().label() + "）";
        });
    }

    /**
     * Stores a validated nomination with its data as nominated and starts its enterprise process, as the
     * system: the person may nominate, not start processes of their own choosing.
     */
    @Transactional
    public Nomination register(String batchCode, EnterpriseData data, String source, String enterpriseUserId,
            String actor, Set<String> actorGroups) {
        openBatch(batchCode);
        duplicateOf(batchCode, data.creditCode().value(), actorGroups).ifPresent(message -> {
            throw new RefusedException(message);
        });
        Instant now = CampaignTime.now().toInstant();
        long id = nominations.insert(batchCode, data, source, enterpriseUserId, actor, now);
        nominations.addEvent(new NominationEvent(id, "NOMINATE", null, NominationStatus.NOMINATED, null, actor, null, now));
        Nomination nomination = nominations.find(id).orElseThrow().nomination();
        ProcessInstance instance = SystemAccess.call(identity, () -> runtime
                .createMessageCorrelation(EnterpriseProcess.MESSAGE_REGISTERED)
                .processInstanceBusinessKey(nomination.businessKey())
                .setVariables(processVariables(nomination, data))
                .correlateStartMessage());
        nominations.attachProcess(id, instance.getId());
        return nomination;
    }

    private Map<String, Object> processVariables(Nomination nomination, EnterpriseData data) {
        Map<String, Object> variables = new java.util.HashMap<>();
        EnterpriseProcess.Var.BATCH_CODE.put(variables, nomination.batchCode());
        EnterpriseProcess.Var.AGENCY_ID.put(variables, nomination.agencyId());
        EnterpriseProcess.Var.AGENCY_NAME.put(variables, agencies.require(nomination.agencyId()).name());
        EnterpriseProcess.Var.CREDIT_CODE.put(variables, nomination.creditCode());
        EnterpriseProcess.Var.ENTERPRISE_NAME.put(variables, data.name());
        return variables;
    }

    /** The batch, if it was started from its fixed list and waits for it. */
    public Batch awaitingFixedList(String batchCode) {
        Batch batch = batches.find(batchCode).orElseThrow(() -> new NotFoundException("批次“" + batchCode + "”不存在"));
        if (batch.phase() != BatchPhase.AWAITING_LIST) {
            throw new RefusedException("批次“" + batchCode + "”不是待导入确定名单的批次（" + batch.phase().label() + "）");
        }
        return batch;
    }

    /**
     * An enterprise of a fixed list: listed at once (its nomination and approval are void), recorded as
     * the city's import; its enterprise process starts at the listed point.
     */
    void registerListed(String batchCode, EnterpriseData data, String actor) {
        Instant now = CampaignTime.now().toInstant();
        long id = nominations.insert(batchCode, data, Nomination.SOURCE_FIXED_LIST, null, actor, now);
        Nomination nominated = nominations.find(id).orElseThrow().nomination();
        Nomination listed = nominated.moveTo(NominationStatus.COUNTY_APPROVED).moveTo(NominationStatus.CITY_APPROVED);
        nominations.saveStatus(nominated, listed);
        nominations.addEvent(new NominationEvent(id, "FIXED_LIST", null, NominationStatus.CITY_APPROVED, "市局导入已确定的批次名单",
                actor, null, now));
        ProcessInstance instance = SystemAccess.call(identity, () -> runtime
                .createMessageCorrelation(EnterpriseProcess.MESSAGE_LISTED_FROM_FIXED_LIST)
                .processInstanceBusinessKey(listed.businessKey())
                .setVariables(processVariables(listed, data))
                .correlateStartMessage());
        nominations.attachProcess(id, instance.getId());
    }

    /** Tells the batch its fixed list is in: the batch publishes it. */
    void fixedListImported(String batchCode) {
        SystemAccess.call(identity, () -> runtime.createMessageCorrelation(BatchProcess.MESSAGE_FIXED_LIST_IMPORTED)
                .processInstanceBusinessKey(batchCode).correlateWithResult());
    }

    /** The nomination an enterprise instance carries, found by the instance's business key. */
    public NominatedEnterprise ofBusinessKey(String businessKey) {
        int separator = businessKey == null ? -1 : businessKey.length() - CreditCode.LENGTH - 1;
        if (separator < 1 || businessKey.charAt(separator) != '-') {
            throw new IllegalStateException("Not an enterprise business key: " + businessKey);
        }
        return nominations.find(businessKey.substring(0, separator), businessKey.substring(separator + 1))
                .orElseThrow(() -> new IllegalStateException("No nomination for business key " + businessKey));
    }

    void decideByCounty(NominatedEnterprise current, CountyDecision decision, String comment, String actor, String taskId) {
        save(current.nomination(), current.nomination().decidedByCounty(decision), EnterpriseProcess.COUNTY_REVIEW,
                decision.name(), comment, actor, taskId);
    }

    void decideByCity(NominatedEnterprise current, CityDecision decision, String comment, String actor, String taskId) {
        Nomination decided = current.nomination().decidedByCity(decision);
        save(current.nomination(), decided, EnterpriseProcess.CITY_APPROVAL, decision.name(), comment, actor, taskId);
        if (decided.status() == NominationStatus.CITY_APPROVED) {
            register.approved(decided, current.enterprise(), actor);
        }
    }

    void revise(NominatedEnterprise current, EnterpriseData data, String actor, String taskId) {
        NominatedEnterprise revised = current.revisedTo(data);
        nominations.saveData(current.nomination().id(), revised.enterprise());
        save(current.nomination(), revised.nomination(), "REVISE", null, null, actor, taskId);
    }

    void expire(NominatedEnterprise current) {
        save(current.nomination(), current.nomination().expired(), "LIST_FIXED", null, "批次名单确定时尚未完成审定", null, null);
    }

    private void save(Nomination before, Nomination after, String step, String decision, String comment, String actor,
            String taskId) {
        nominations.saveStatus(before, after);
        nominations.addEvent(new NominationEvent(before.id(), step, decision, after.status(), comment, actor, taskId,
                CampaignTime.now().toInstant()));
    }
}
