package cn.gov.binzhou.nineones.campaign;

import static cn.gov.binzhou.nineones.batch.BatchProcess.Supervision;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.CreditCode;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/** Keeps one supervision visit; the enterprise must be one of the agency's listed enterprises. */
@Component("recordSupervisionVisit")
class RecordSupervisionVisit implements TaskListener {

    private final Nominations nominations;
    private final SupervisionRecords supervision;

    RecordSupervisionVisit(Nominations nominations, SupervisionRecords supervision) {
        this.nominations = nominations;
        this.supervision = supervision;
    }

    @Override
    public void notify(DelegateTask task) {
        String batchCode = task.getExecution().getProcessBusinessKey();
        String agencyId = BatchProcess.Var.AGENCY_ID.require(task.getExecution());
        String code = CreditCode.normalize(Inputs.requiredText(task.getExecution(), Supervision.VISIT_ENTERPRISE, 40, "企业"));
        NominatedEnterprise enterprise = nominations.find(batchCode, code)
                .filter(n -> n.nomination().agencyId().equals(agencyId))
                .filter(n -> n.nomination().status() == NominationStatus.CITY_APPROVED)
                .orElseThrow(() -> new RefusedException("只能记录本单位列入本批次名单的企业"));
        LocalDate date = Inputs.date(task.getExecution(), Supervision.VISIT_DATE, "督导日期");
        if (date == null || date.isAfter(CampaignTime.today())) {
            throw new RefusedException("请填写督导日期，且不能晚于今天");
        }
        String form = Inputs.requiredText(task.getExecution(), Supervision.VISIT_FORM, 16, "方式");
        if (!SupervisionRecords.FORMS.contains(form)) {
            throw new RefusedException("方式“" + form + "”无效，应为" + String.join("、", SupervisionRecords.FORMS));
        }
        String findings = Inputs.text(task.getExecution(), Supervision.VISIT_FINDINGS, 4000, "发现的问题和指导意见");
        supervision.addVisit(batchCode, new SupervisionRecords.Visit(enterprise.nomination().id(),
                agencyId, date, form, findings, CurrentUser.idOr(task.getAssignee())),
                CampaignService.now());
        task.getExecution().removeVariables(BatchProcess.TASK_FIELDS.of(BatchProcess.SUPERVISION_VISIT));
    }
}
