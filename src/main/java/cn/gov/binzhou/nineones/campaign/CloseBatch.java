package cn.gov.binzhou.nineones.campaign;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.BatchPhase;
import cn.gov.binzhou.nineones.batch.Batches;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;

/**
 * Closes the batch; every enterprise instance still running hears it: one whose cycle is open ends as
 * closed, one whose result is already recorded keeps it.
 */
@Component("closeBatch")
class CloseBatch implements JavaDelegate {

    private final Batches batches;
    private final AgencyEnterprises enterprises;
    private final Messages messages;
    private final RuntimeService runtime;

    CloseBatch(Batches batches, AgencyEnterprises enterprises, Messages messages, RuntimeService runtime) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.messages = messages;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String batchCode = execution.getProcessBusinessKey();
        batches.updatePhase(batchCode, BatchPhase.CLOSED);
        Set<String> active = runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY)
                .processInstanceBusinessKeyLike(batchCode + "-%").active().list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
        List<String> open = enterprises.listed(batchCode).stream().map(n -> n.nomination().processInstanceId())
                .filter(active::contains).toList();
        messages.sendAsync(EnterpriseProcess.MESSAGE_BATCH_CLOSED, open);
    }
}
