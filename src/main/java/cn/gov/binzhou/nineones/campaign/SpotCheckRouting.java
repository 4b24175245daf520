package cn.gov.binzhou.nineones.campaign;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The spot-check model's routing, {@code ${spotCheckRouting...(execution)}}: the inspection group and the
 * due date recorded on the check that the instance's business key names.
 */
@Component("spotCheckRouting")
public class SpotCheckRouting {

    private final SpotChecks checks;

    SpotCheckRouting(SpotChecks checks) {
        this.checks = checks;
    }

    public String group(DelegateExecution execution) {
        return check(execution).groupId();
    }

    public Date due(DelegateExecution execution) {
        return CampaignTime.endOf(check(execution).dueDate());
    }

    SpotCheck check(DelegateExecution execution) {
        return check(execution.getProcessBusinessKey());
    }

    SpotCheck check(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(SpotCheck.KEY_PREFIX)) {
            throw new IllegalStateException("Not a spot-check business key: " + businessKey);
        }
        long id = Long.parseLong(businessKey.substring(SpotCheck.KEY_PREFIX.length()));
        return checks.find(id).orElseThrow(() -> new IllegalStateException("No spot-check " + id));
    }
}
