package cn.gov.binzhou.nineones.deduction;

import static cn.gov.binzhou.nineones.deduction.DeductionProcess.Field;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.campaign.CheckKind;
import cn.gov.binzhou.nineones.campaign.SpotCheck;
import cn.gov.binzhou.nineones.campaign.SpotCheckResult;
import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/**
 * Shows a deduction's evidence on each of its tasks: the finding, the check record with its people,
 * dates, findings and staff questioned, the points, and the objection beside it.
 */
@Component("showDeduction")
class ShowDeduction implements FormDisplaySource {

    static final String OBJECTION_SHOWN = "objectionShown";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignTime.ZONE);

    private final DeductionService deductions;
    private final Nominations nominations;
    private final SpotChecks checks;
    private final Agencies agencies;
    private final DeductionNotice notice;

    ShowDeduction(DeductionService deductions, Nominations nominations, SpotChecks checks, Agencies agencies,
            DeductionNotice notice) {
        this.deductions = deductions;
        this.nominations = nominations;
        this.checks = checks;
        this.agencies = agencies;
        this.notice = notice;
    }

    /** Process versions before 1.1 call this as each task's create listener for what {@link DeductionNotice} now does. */
    @Override
    public void notify(DelegateTask task) {
        if (!DeductionProcess.CONFIRM_DEDUCTION.equals(task.getTaskDefinitionKey())) {
            notice.notify(task);
        }
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        Deduction deduction = deductions.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        NominatedEnterprise enterprise = nominations.find(deduction.nominationId()).orElseThrow();
        return FormDisplay.create()
                .show(EnterpriseProcess.Var.BATCH_CODE, deduction.batchCode())
                .show(EnterpriseProcess.Var.ENTERPRISE_NAME, enterprise.enterprise().name())
                .show(EnterpriseProcess.Var.CREDIT_CODE, enterprise.nomination().creditCode())
                .show(EnterpriseProcess.Field.AGENCY, agencies.require(deduction.agencyId()).name())
                .show(Field.EVIDENCE, evidence(deduction))
                .show(Field.PROPOSED_POINTS, deduction.pointsProposed() == null ? null : deduction.pointsProposed().doubleValue())
                .show(OBJECTION_SHOWN, deduction.objectionLapsed() ? "未在期限内申诉"
                        : deduction.objection() == null ? "未申诉" : deduction.objection() + "（" + deduction.objectedBy() + "）");
    }

    String evidence(Deduction deduction) {
        StringBuilder text = new StringBuilder();
        text.append("发现：").append(SpotCheckResult.valueOf(deduction.finding()).label())
                .append("；来源：").append(kindLabel(deduction.checkKind()))
                .append("；第").append(deduction.round()).append("轮")
                .append(deduction.countyPassed() ? "；县级验收曾通过该企业" : "");
        if (deduction.checkId() != null) {
            SpotCheck check = checks.find(deduction.checkId()).orElseThrow();
            text.append("\n抽查组：").append(check.groupId()).append("；记录人：").append(check.checkedBy())
                    .append("；时间：").append(check.checkedAt() == null ? "—" : WHEN.format(check.checkedAt()))
                    .append("\n抽问一线员工").append(check.staffQuestioned()).append("人，能说清岗位职责和操作规程")
                    .append(check.staffAnswered()).append("人")
                    .append("\n存在问题的条目：").append(check.deficientItems() == null || check.deficientItems().isEmpty() ? "—" : check.deficientItems())
                    .append("\n检查发现：").append(check.findings() == null ? "—" : check.findings());
        }
        if (deduction.capped()) {
            text.append("\n（已按每个县市区每批次扣分上限调整）");
        }
        return text.toString();
    }

    static String kindLabel(String kind) {
        return "DEADLINE".equals(kind) ? "自评或县级验收逾期" : CheckKind.valueOf(kind).label();
    }
}
