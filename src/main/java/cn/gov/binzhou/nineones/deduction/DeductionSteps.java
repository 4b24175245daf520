package cn.gov.binzhou.nineones.deduction;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The deduction model's service steps: {@code ${deductionSteps.proposed(execution)}} and the like. */
@Component("deductionSteps")
public class DeductionSteps {

    private final DeductionService service;
    private final Deductions deductions;

    DeductionSteps(DeductionService service, Deductions deductions) {
        this.service = service;
        this.deductions = deductions;
    }

    /** Keeps the rule's points in the ledger, within what is left of the agency's cap. */
    public void proposed(DelegateExecution execution) {
        Deduction deduction = service.ofBusinessKey(execution.getProcessBusinessKey());
        Double rule = DeductionProcess.Var.POINTS.get(execution);
        BigDecimal points = BigDecimal.valueOf(rule == null ? 0.0 : rule).setScale(1, RoundingMode.HALF_UP);
        BigDecimal capped = service.capped(deduction, points, false);
        deductions.propose(deduction.id(), capped, capped.compareTo(points) < 0);
    }

    /** The agency did not object in time: the objection lapses. */
    public void lapsed(DelegateExecution execution) {
        deductions.lapse(service.ofBusinessKey(execution.getProcessBusinessKey()).id());
    }

    public void rechecked(DelegateExecution execution, boolean passed) {
        deductions.rechecked(service.ofBusinessKey(execution.getProcessBusinessKey()).id(), passed);
    }
}
