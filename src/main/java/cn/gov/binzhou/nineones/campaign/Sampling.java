package cn.gov.binzhou.nineones.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reproducible sampling and a fair assignment of agencies to inspection groups. The same seed, kind and
 * population always give the same sample: the population is put in credit-code order and shuffled by a
 * generator seeded from the batch's recorded seed, the kind and the agency.
 */
final class Sampling {

    private Sampling() {
    }

    /** How many of a population to check: the rate, rounded up, but at least the minimum; all when there are fewer. */
    static int size(int population, int ratePercent, int minimum) {
        int byRate = (int) Math.ceil(population * ratePercent / 100.0);
        return Math.min(population, Math.max(byRate, minimum));
    }

    /** The sample of one agency's population, identified by credit codes, in credit-code order. */
    static List<String> draw(List<String> creditCodes, int ratePercent, int minimum, long seed, String kind, String agencyId) {
        List<String> shuffled = new ArrayList<>(creditCodes);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed ^ ((long) kind.hashCode() << 32) ^ agencyId.hashCode()));
        List<String> sample = new ArrayList<>(shuffled.subList(0, size(shuffled.size(), ratePercent, minimum)));
        Collections.sort(sample);
        return sample;
    }

    /**
     * Agencies to inspection groups, balanced by the number of checks: agencies with the most checks first,
     * each to the group with the fewest so far (the lower group number on a tie). Agencies without checks
     * are assigned too, so the assignment covers every agency.
     */
    static Map<String, String> assign(Map<String, Integer> checksByAgency, List<String> groups) {
        Map<String, Integer> load = new LinkedHashMap<>();
        groups.forEach(group -> load.put(group, 0));
        List<Map.Entry<String, Integer>> agencies = new ArrayList<>(checksByAgency.entrySet());
        agencies.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, String> assignment = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> agency : agencies) {
            String group = load.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(entry -> groups.indexOf(entry.getKey()))).orElseThrow().getKey();
            assignment.put(agency.getKey(), group);
            load.merge(group, agency.getValue() + 1, Integer::sum);
        }
        return assignment;
    }
}
