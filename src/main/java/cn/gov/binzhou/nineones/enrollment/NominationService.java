package cn.gov.binzhou.nineones.enrollment;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.system.CampaignTime;

/** Nominating enterprises and keeping each decision on them. */
@Service
public class NominationService {

    private final Nominations nominations;
    private final Batches batches;
    private final Agencies agencies;

    NominationService(Nominations nominations, Batches batches, Agencies agencies) {
        this.nominations = nominations;
        this.batches = batches;
        this.agencies = agencies;
    }

    /** The batch, if it exists and still accepts nominations; otherwise a Chinese reason. */
    public Batch openBatch(String batchCode) {
        Batch batch = batches.find(batchCode)
                .orElseThrow(() -> new NominationRefusedException("批次“" + batchCode + "”不存在"));
        if (!batch.acceptsNominations()) {
            throw new NominationRefusedException("批次“" + batchCode + "”提报已截止（" + batch.phase().label() + "）");
        }
        return batch;
    }

    /** The message naming an existing nomination of the code in the batch, if there is one. */
    public Optional<String> duplicateOf(String batchCode, String creditCode) {
        return nominations.find(batchCode, creditCode).map(existing -> "统一社会信用代码" + creditCode + "已在批次"
                + batchCode + "中提报：" + existing.enterprise().name() + "（"
                + agencies.byId(existing.nomination().agencyId()).map(a -> a.name()).orElse("") + "，"
                + existing.nomination().status().label() + "）");
    }

    @Transactional
    public Nomination nominate(String batchCode, EnterpriseData data, String source, String enterpriseUserId,
            String actor) {
        openBatch(batchCode);
        duplicateOf(batchCode, data.creditCode().value()).ifPresent(message -> {
            throw new NominationRefusedException(message);
        });
        long enterpriseId = nominations.saveEnterprise(data);
        long id = nominations.insertNomination(batchCode, enterpriseId, data, source, enterpriseUserId, actor);
        nominations.addEvent(new NominationEvent(id, "NOMINATE", null, NominationStatus.NOMINATED, null, actor, null,
                CampaignTime.now().toInstant()));
        return nominations.find(id).orElseThrow().nomination();
    }

    public void attachProcess(long nominationId, String processInstanceId) {
        nominations.attachProcess(nominationId, processInstanceId);
    }

    public NominatedEnterprise require(long nominationId) {
        return nominations.find(nominationId)
                .orElseThrow(() -> new IllegalStateException("提报记录不存在: " + nominationId));
    }

    /** Records a decision on a nomination and moves it to the status the decision leads to. */
    public void decide(long nominationId, String step, String decision, NominationStatus statusAfter,
            String comment, String actor, String taskId) {
        NominatedEnterprise current = require(nominationId);
        nominations.updateStatus(nominationId, statusAfter, current.nomination().agencyId());
        nominations.addEvent(new NominationEvent(nominationId, step, decision, statusAfter, comment, actor, taskId,
                CampaignTime.now().toInstant()));
    }

    /** Stores the revised data of a returned nomination; credit code and agency stay as nominated. */
    public void revise(long nominationId, EnterpriseData revised, String actor, String taskId) {
        NominatedEnterprise current = require(nominationId);
        if (!current.nomination().creditCode().equals(revised.creditCode().value())) {
            throw new NominationRefusedException("修改提报时不能更改统一社会信用代码；如代码有误，请驳回后重新提报");
        }
        if (!current.nomination().agencyId().equals(revised.agencyId())) {
            throw new NominationRefusedException("修改提报时不能更改县市区");
        }
        nominations.saveEnterprise(revised);
        decide(nominationId, "REVISE", null, NominationStatus.NOMINATED, null, actor, taskId);
    }
}
