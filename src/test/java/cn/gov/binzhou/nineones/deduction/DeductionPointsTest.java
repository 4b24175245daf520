package cn.gov.binzhou.nineones.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/** The deduction rule (DMN nine-ones-deduction-points): one case per rule, the bureau's default points. */
@ApplicationTest
class DeductionPointsTest {

    @Autowired DecisionService decisions;

    @ParameterizedTest(name = "{0} {1}, county passed {2} → {3}")
    @CsvSource({
            "PROGRESS, INEFFECTIVE, false, 0.2",
            "PROGRESS, NOT_ADVANCED, true, 0.3",
            "OPERATION, INEFFECTIVE, true, 0.5",
            "OPERATION, NOT_ADVANCED, false, 0.5",
            "ACCEPTANCE, INEFFECTIVE, true, 1.0",
            "ACCEPTANCE, INEFFECTIVE, false, 0.5",
            "ACCEPTANCE, NOT_ADVANCED, true, 1.0",
            "ACCEPTANCE, NOT_ADVANCED, false, 0.5",
            "RECHECK, INEFFECTIVE, true, 0.5",
            "DEADLINE, NOT_ADVANCED, false, 0.3"})
    void eachFindingAndKindOfCheck_hasItsPoints(String kind, String finding, boolean countyPassed, double points) {
        Object result = decisions.evaluateDecisionTableByKey(DeductionProcess.DECISION_POINTS,
                Map.of("checkKind", kind, "finding", finding, "countyPassed", countyPassed)).getSingleEntry();

        assertThat(((Number) result).doubleValue()).isEqualTo(points);
    }
}
