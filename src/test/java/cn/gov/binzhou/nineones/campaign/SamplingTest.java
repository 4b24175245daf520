package cn.gov.binzhou.nineones.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Sampling: reproducible from the recorded seed, by rate and minimum per agency; a balanced, recorded assignment. */
class SamplingTest {

    private static final List<String> CODES = IntStream.range(0, 40).mapToObj(n -> String.format("9137%014d", n)).toList();

    @Test
    void theSameSeed_drawsTheSameSample_andAnotherSeedAnother() {
        List<String> first = Sampling.draw(CODES, 20, 2, 42L, "PROGRESS", "bincheng");
        List<String> reversed = new ArrayList<>(CODES);
        java.util.Collections.reverse(reversed);
        List<String> again = Sampling.draw(reversed, 20, 2, 42L, "PROGRESS", "bincheng");
        List<String> otherSeed = Sampling.draw(CODES, 20, 2, 43L, "PROGRESS", "bincheng");
        List<String> otherKind = Sampling.draw(CODES, 20, 2, 42L, "ACCEPTANCE", "bincheng");

        assertThat(first).hasSize(8).isEqualTo(again).isSorted();
        assertThat(CODES).containsAll(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(otherKind).isNotEqualTo(first);
    }

    @Test
    void theSampleSize_isTheRateRoundedUp_butAtLeastTheMinimum_andAllWhenFewer() {
        assertThat(Sampling.size(40, 20, 2)).isEqualTo(8);
        assertThat(Sampling.size(11, 20, 2)).as("2.2 rounded up").isEqualTo(3);
        assertThat(Sampling.size(4, 20, 2)).as("0.8 → 1, below the minimum").isEqualTo(2);
        assertThat(Sampling.size(1, 20, 2)).as("fewer than the minimum: all").isEqualTo(1);
        assertThat(Sampling.size(0, 20, 2)).isZero();
        assertThat(Sampling.size(40, 0, 0)).isZero();
        assertThat(Sampling.size(40, 100, 0)).isEqualTo(40);
        assertThat(Sampling.draw(CODES.subList(0, 1), 20, 2, 7L, "PROGRESS", "wudi")).containsExactly(CODES.get(0));
    }

    @Test
    void agenciesAreAssignedToGroups_balancedByChecks_everyAgencyOnce_andTheSameEveryTime() {
        Map<String, Integer> checks = new LinkedHashMap<>();
        int[] counts = {9, 7, 7, 5, 4, 4, 3, 2, 1, 0};
        for (int n = 0; n < counts.length; n++) {
            checks.put("agency" + n, counts[n]);
        }
        List<String> groups = List.of("city-group-1", "city-group-2", "city-group-3");

        Map<String, String> assignment = Sampling.assign(checks, groups);

        assertThat(assignment).containsOnlyKeys(checks.keySet());
        assertThat(assignment).isEqualTo(Sampling.assign(new LinkedHashMap<>(checks), groups));
        Map<String, Integer> load = new LinkedHashMap<>();
        assignment.forEach((agency, group) -> load.merge(group, checks.get(agency), Integer::sum));
        IntSummaryStatistics spread = load.values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(spread.getMax() - spread.getMin()).as("loads " + load).isLessThanOrEqualTo(counts[0] - counts[1] + 1);
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
        assertThat(groups(assignment.values())).as("every group gets work").containsExactlyInAnyOrderElementsOf(groups);
    }

    private static List<String> groups(Collection<String> assigned) {
        return assigned.stream().distinct().toList();
    }
}
