package cn.gov.binzhou.nineones.report;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Per agency, the batch's open tasks past their due date that the agency's group is a candidate for
 * (claimed or not): the batch's own (its supervision plans, business key = batch code), its
 * enterprises' (business key {@code <batchCode>-<creditCode>}) and its deductions' (objection,
 * rectification; their business keys given). One count query per agency, as the system.
 */
@Component
class OverdueTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    OverdueTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    Map<String, Long> perAgency(String batchCode, List<String> deductionKeys, List<String> agencyIds) {
        Date now = CampaignTime.now();
        Map<String, Long> overdue = new LinkedHashMap<>();
        for (String agencyId : agencyIds) {
            overdue.put(agencyId, SystemAccess.call(identity, () -> count(batchCode, deductionKeys, agencyId, now)));
        }
        return overdue;
    }

    private long count(String batchCode, List<String> deductionKeys, String agencyId, Date now) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(Agency.GROUP_PREFIX + agencyId).includeAssignedTasks()
                .dueBefore(now)
                .or().processInstanceBusinessKey(batchCode).processInstanceBusinessKeyLike(batchCode + "-%");
        if (!deductionKeys.isEmpty()) {
            query.processInstanceBusinessKeyIn(deductionKeys.toArray(String[]::new));
        }
        return query.endOr().count();
    }
}
