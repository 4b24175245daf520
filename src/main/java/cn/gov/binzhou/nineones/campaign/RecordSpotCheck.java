package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.campaign.SpotCheckProcess.Field;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Keeps a spot-check's record: result, deficient items, findings, and how many front-line staff were
 * questioned and could state their post's duties and procedures (抽问员工). A December check's result is
 * the enterprise's final result. When the last open check of a batch in its December phase is recorded,
 * the batch hears that its checks are done.
 */
@Component("recordSpotCheck")
class RecordSpotCheck implements TaskListener {

    static final int MAX_FINDINGS = 4000;
    static final int MAX_STAFF = 100_000;

    private final SpotCheckRouting routing;
    private final SpotChecks checks;
    private final CampaignService campaign;
    private final Checklist checklist;
    private final Batches batches;
    private final Messages messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    RecordSpotCheck(SpotCheckRouting routing, SpotChecks checks, CampaignService campaign, Checklist checklist,
            Batches batches, Messages messages, org.springframework.context.ApplicationEventPublisher events) {
        this.routing = routing;
        this.checks = checks;
        this.campaign = campaign;
        this.checklist = checklist;
        this.batches = batches;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        SpotCheck check = routing.check(task.getExecution());
        SpotCheckResult result = result(task);
        List<String> deficient = Inputs.list(task.getExecution(), Field.DEFICIENT_ITEMS, "存在问题的条目");
        String findings = Inputs.text(task.getExecution(), Field.SPOT_CHECK_FINDINGS, MAX_FINDINGS, "检查发现");
        if (result != SpotCheckResult.EFFECTIVE && findings == null) {
            throw new RefusedException("结论为“" + result.label() + "”时必须填写检查发现");
        }
        int questioned = staff(task, Field.STAFF_QUESTIONED, "抽问一线员工人数");
        int answered = staff(task, Field.STAFF_ANSWERED, "能说清岗位职责和操作规程的人数");
        if (answered > questioned) {
            throw new RefusedException("能说清岗位职责和操作规程的人数（" + answered + "）不能多于抽问人数（" + questioned + "）");
        }
        SpotCheck recorded = check.recorded(result, checklist.known(deficient, "存在问题的条目"), findings, questioned,
                answered, CurrentUser.idOr(task.getAssignee()), CampaignService.now());
        checks.saveResult(recorded);
        if (check.kind() == CheckKind.ACCEPTANCE) {
            campaign.move(check.nominationId(), record -> record.finished(finalStage(result), CampaignService.now()));
        }
        if (result != SpotCheckResult.EFFECTIVE) {
            events.publishEvent(new FindingRecorded(check.batchCode(), check.agencyId(), check.nominationId(), check.id(),
                    check.kind().name(), result.name(), campaign.countyPassed(check.nominationId()), recorded.checkedBy(),
                    check.groupId()));
        }
        task.getExecution().removeVariables(SpotCheckProcess.TASK_FIELDS.of(SpotCheckProcess.CITY_SPOT_CHECK));
        announceIfLast(check.batchCode());
    }

    private void announceIfLast(String batchCode) {
        if (batches.require(batchCode).phase() == BatchPhase.ACCEPTANCE_CHECK && checks.openCount(batchCode) == 0) {
            messages.sendAsync(BatchProcess.MESSAGE_CHECKS_DONE, List.of(batches.require(batchCode).processInstanceId()));
        }
    }

    private static CampaignStage finalStage(SpotCheckResult result) {
        return switch (result) {
            case EFFECTIVE -> CampaignStage.ACCEPTED;
            case INEFFECTIVE -> CampaignStage.INEFFECTIVE;
            case NOT_ADVANCED -> CampaignStage.NOT_ADVANCED;
        };
    }

    private static SpotCheckResult result(DelegateTask task) {
        String value = Inputs.text(task.getExecution(), Field.SPOT_CHECK_RESULT, 16, "抽查结论");
        if (value == null) {
            throw new RefusedException("请选择抽查结论");
        }
        try {
            return SpotCheckResult.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new RefusedException("抽查结论“" + value + "”无效");
        }
    }

    private static int staff(DelegateTask task, String field, String label) {
        Integer value = Inputs.number(task.getExecution(), field, label);
        if (value == null) {
            throw new RefusedException("请填写" + label);
        }
        if (value < 0 || value > MAX_STAFF) {
            throw new RefusedException(label + "应在0到" + MAX_STAFF + "之间");
        }
        return value;
    }
}
