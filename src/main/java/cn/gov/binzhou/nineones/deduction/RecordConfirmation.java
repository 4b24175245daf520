package cn.gov.binzhou.nineones.deduction;

import static cn.gov.binzhou.nineones.deduction.DeductionProcess.Decision;
import static cn.gov.binzhou.nineones.deduction.DeductionProcess.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.campaign.SpotChecks;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.CurrentUser;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Keeps the leader's decision: {@code CONFIRM} the proposed points, {@code ADJUST} them (points and a
 * reason), or {@code REJECT} (a reason). Only confirmed points count, within the cap. A leader may not
 * decide on a check they recorded themselves (four-eyes).
 */
@Component("recordConfirmation")
class RecordConfirmation implements TaskListener {

    static final int MAX_COMMENT = 2000;

    private final DeductionService service;
    private final Deductions deductions;
    private final SpotChecks checks;

    RecordConfirmation(DeductionService service, Deductions deductions, SpotChecks checks) {
        this.service = service;
        this.deductions = deductions;
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        Deduction deduction = service.ofBusinessKey(task.getExecution().getProcessBusinessKey());
        String leader = CurrentUser.idOr(task.getAssignee());
        if (deduction.checkId() != null && leader != null
                && leader.equals(checks.find(deduction.checkId()).orElseThrow().checkedBy())) {
            throw new RefusedException("您记录了该次抽查，不能确认由此产生的扣分，请由其他领导确认");
        }
        Decision decision = decision(task);
        String comment = text(task, Field.COMMENT);
        if (decision != Decision.CONFIRM && comment == null) {
            throw new RefusedException("调整或不予扣分时必须填写理由");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RefusedException("理由不能超过" + MAX_COMMENT + "字（实际" + comment.length() + "字）");
        }
        BigDecimal points = switch (decision) {
            case CONFIRM -> deduction.pointsProposed();
            case ADJUST -> adjusted(task);
            case REJECT -> null;
        };
        BigDecimal counted = points == null ? null : service.capped(deduction, points, true);
        deductions.decide(deduction.id(), decision.name(), counted, comment, leader, CampaignTime.now().toInstant());
        task.getExecution().removeVariables(java.util.List.of(Field.CONFIRMED_POINTS, Field.COMMENT));
        DeductionProcess.Var.DEDUCTION_DECISION.set(task.getExecution(), decision.name());
    }

    private static Decision decision(DelegateTask task) {
        String value = text(task, DeductionProcess.Var.DEDUCTION_DECISION.name());
        if (value == null) {
            throw new RefusedException("请选择确认结论");
        }
        try {
            return Decision.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new RefusedException("确认结论“" + value + "”无效");
        }
    }

    private static BigDecimal adjusted(DelegateTask task) {
        String value = text(task, Field.CONFIRMED_POINTS);
        try {
            BigDecimal points = new BigDecimal(value == null ? "" : value).setScale(1, RoundingMode.HALF_UP);
            if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new NumberFormatException();
            }
            return points;
        } catch (NumberFormatException | ArithmeticException wrong) {
            throw new RefusedException("调整后的扣分应为0到100之间的数，最多一位小数");
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getExecution().getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
