package cn.gov.binzhou.nineones.support;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominationProcess;
import cn.gov.binzhou.nineones.system.CampaignTime;

/** Drives the campaign's processes the way Tasklist and REST clients do, as a given user. */
@Component
public class Campaign {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    Campaign(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Sets the engine clock to noon of a Beijing date. */
    public static void today(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(12, 0).atZone(CampaignTime.ZONE).toInstant()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** Starts a batch with the default calendar of its year, as a REST client would with code and name only. */
    public ProcessInstance startBatch(String code, String name) {
        return runtime.startProcessInstanceByKey(BatchProcess.KEY,
                Map.of(BatchProcess.Var.BATCH_CODE.name(), code, BatchProcess.Field.BATCH_NAME, name));
    }

    /** The variables of a complete, valid nomination start form. */
    public static Map<String, Object> nominationForm(String batchCode, String creditCode, String name, String agency) {
        Map<String, Object> form = new HashMap<>();
        form.put(NominationProcess.BATCH_CODE, batchCode);
        form.put(EnterpriseProcess.Var.CREDIT_CODE.name(), creditCode);
        form.put(EnterpriseProcess.Var.ENTERPRISE_NAME.name(), name);
        form.put(EnterpriseProcess.Field.AGENCY, agency);
        form.put(EnterpriseProcess.Field.INDUSTRY, "危险化学品");
        form.put(EnterpriseProcess.Field.ADDRESS, "滨州市黄河五路1号");
        form.put(EnterpriseProcess.Field.PRINCIPAL, "张三");
        form.put(EnterpriseProcess.Field.PRINCIPAL_PHONE, "13805431234");
        form.put(EnterpriseProcess.Field.SAFETY_CONTACT, "李四");
        form.put(EnterpriseProcess.Field.CONTACT_PHONE, "0543-3656013");
        form.put(EnterpriseProcess.Field.CONTACT_EMAIL, "anquan@example.com");
        form.put(EnterpriseProcess.Field.EMPLOYEES, 120L);
        form.put(EnterpriseProcess.Field.FIRST_BATCH_PILOT, false);
        return form;
    }

    /** Nominates on the start form as the user; answers the enterprise instance that registration started. */
    public ProcessInstance nominate(String userId, Map<String, Object> form) {
        ProcessInstance nomination = as(userId, () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, form));
        return runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY)
                .processInstanceBusinessKey(nomination.getBusinessKey()).singleResult();
    }

    public Task task(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(String userId, Task task, Map<String, Object> variables) {
        as(userId, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** Runs as the user with their groups, so authorization and "who decided" apply. */
    public <T> T as(String userId, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
