package cn.gov.binzhou.nineones.campaign;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.system.FormDisplay;
import cn.gov.binzhou.nineones.system.FormDisplaySource;

/** Offers the agency its listed enterprises to pick, and shows the visits recorded so far. */
@Component("showSupervisionVisit")
class ShowSupervisionVisit implements FormDisplaySource {

    static final String AGENCY_ENTERPRISES = "agencyEnterprises";
    static final String VISIT_SUMMARY = "visitSummary";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgencyEnterprises enterprises;
    private final SupervisionRecords supervision;
    private final Agencies agencies;

    ShowSupervisionVisit(AgencyEnterprises enterprises, SupervisionRecords supervision, Agencies agencies) {
        this.enterprises = enterprises;
        this.supervision = supervision;
        this.agencies = agencies;
    }

    @Override
    public FormDisplay display(DelegateTask task) {
        String batchCode = task.getExecution().getProcessBusinessKey();
        String agencyId = BatchProcess.Var.AGENCY_ID.require(task.getExecution());
        List<NominatedEnterprise> listed = enterprises.listed(batchCode, agencyId);
        Map<String, Integer> visits = supervision.visits(batchCode, agencyId).stream()
                .collect(Collectors.groupingBy(visit -> String.valueOf(visit.nominationId()), Collectors.summingInt(visit -> 1)));
        long unvisited = listed.stream().filter(n -> !visits.containsKey(String.valueOf(n.nomination().id()))).count();
        return FormDisplay.create().show(EnterpriseProcess.Var.BATCH_CODE, batchCode)
                .show(EnterpriseProcess.Field.AGENCY, agencies.require(agencyId).name())
                .show(VISIT_SUMMARY, "已记录督导" + visits.values().stream().mapToInt(Integer::intValue).sum() + "次；"
                        + listed.size() + "家企业中尚有" + unvisited + "家未督导")
                .show(AGENCY_ENTERPRISES, options(listed));
    }

    private static Object options(List<NominatedEnterprise> listed) {
        List<Map<String, String>> options = listed.stream()
                .map(n -> Map.of("label", n.enterprise().name() + "（" + n.nomination().creditCode() + "）",
                        "value", n.nomination().creditCode()))
                .toList();
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
