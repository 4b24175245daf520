package cn.gov.binzhou.nineones.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.batch.Batch;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.system.GroupCatalog;

/**
 * Draws a kind of check for a batch: per agency a reproducible sample of its population (or all of it,
 * where a rule says so), the agencies assigned fairly to the inspection groups, and both recorded.
 */
@Component
class CheckDraw {

    /** One drawn check: the enterprise and the group that checks it. */
    record Drawn(NominatedEnterprise enterprise, long checkId, String groupId) {
    }

    private final SpotChecks checks;
    private final GroupCatalog groups;

    CheckDraw(SpotChecks checks, GroupCatalog groups) {
        this.checks = checks;
        this.groups = groups;
    }

    /**
     * Samples each agency's population by the batch's rate and minimum; {@code always} joins the sample
     * whatever the draw. Answers the checks created.
     */
    List<Drawn> draw(Batch batch, CheckKind kind, List<NominatedEnterprise> population, List<NominatedEnterprise> always,
            LocalDate due) {
        Map<String, List<NominatedEnterprise>> byAgency = byAgency(population);
        Map<String, List<NominatedEnterprise>> chosen = new TreeMap<>();
        byAgency.forEach((agencyId, enterprises) -> {
            List<String> sample = Sampling.draw(enterprises.stream().map(n -> n.nomination().creditCode()).toList(),
                    batch.samplingRatePercent(), batch.samplingMinimum(), batch.samplingSeed(), kind.name(), agencyId);
            chosen.put(agencyId, new ArrayList<>(enterprises.stream().filter(n -> sample.contains(n.nomination().creditCode())).toList()));
        });
        always.forEach(n -> chosen.computeIfAbsent(n.nomination().agencyId(), agency -> new ArrayList<>()).add(n));
        Map<String, Integer> counts = new TreeMap<>();
        chosen.forEach((agency, sample) -> counts.put(agency, sample.size()));
        Map<String, String> assignment = Sampling.assign(counts,
                groups.ofKind(GroupCatalog.Kind.CITY_GROUP).stream().map(GroupCatalog.GroupDefinition::id).toList());
        List<Drawn> drawn = new ArrayList<>();
        chosen.forEach((agencyId, sample) -> {
            String group = assignment.get(agencyId);
            int populationSize = byAgency.getOrDefault(agencyId, List.of()).size();
            checks.recordAssignment(batch.code(), kind, agencyId, group, populationSize, sample.size());
            for (NominatedEnterprise enterprise : sample) {
                long id = checks.insert(batch.code(), kind, enterprise.nomination().id(), agencyId, group, due);
                drawn.add(new Drawn(enterprise, id, group));
            }
        });
        return drawn;
    }

    private static Map<String, List<NominatedEnterprise>> byAgency(List<NominatedEnterprise> population) {
        return population.stream().collect(Collectors.groupingBy(n -> n.nomination().agencyId(), TreeMap::new,
                Collectors.mapping(Function.identity(), Collectors.toList())));
    }
}
