package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.NominationStatus.CITY_APPROVED;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.COUNTY_APPROVED;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.EXPIRED;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.NOMINATED;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.REJECTED_BY_CITY;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.REJECTED_BY_COUNTY;
import static cn.gov.binzhou.nineones.enrollment.NominationStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CityDecision;
import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CountyDecision;
import cn.gov.binzhou.nineones.system.ConflictException;

/** The nomination's transition table, every pair of statuses: what is allowed moves, the rest is refused. */
class NominationTransitionsTest {

    /** The table as the review process needs it; every pair not listed is refused. */
    private static final Map<NominationStatus, Set<NominationStatus>> ALLOWED = Map.of(
            NOMINATED, EnumSet.of(COUNTY_APPROVED, RETURNED, REJECTED_BY_COUNTY, EXPIRED),
            RETURNED, EnumSet.of(NOMINATED, EXPIRED),
            COUNTY_APPROVED, EnumSet.of(CITY_APPROVED, REJECTED_BY_CITY, EXPIRED),
            REJECTED_BY_COUNTY, EnumSet.noneOf(NominationStatus.class),
            REJECTED_BY_CITY, EnumSet.noneOf(NominationStatus.class),
            CITY_APPROVED, EnumSet.noneOf(NominationStatus.class),
            EXPIRED, EnumSet.noneOf(NominationStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(NominationStatus.values())
                .flatMap(from -> Stream.of(NominationStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void aStatusChange_isMadeExactlyWhenTheTableAllowsIt(NominationStatus from, NominationStatus to) {
        Nomination nomination = in(from);

        if (ALLOWED.get(from).contains(to)) {
            assertThat(nomination.moveTo(to).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> nomination.moveTo(to)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(from.label()).hasMessageContaining(to.label());
        }
    }

    @Test
    void decisionsLeadToTheirStatus() {
        assertThat(in(NOMINATED).decidedByCounty(CountyDecision.APPROVE).status()).isEqualTo(COUNTY_APPROVED);
        assertThat(in(NOMINATED).decidedByCounty(CountyDecision.RETURN).status()).isEqualTo(RETURNED);
        assertThat(in(NOMINATED).decidedByCounty(CountyDecision.REJECT).status()).isEqualTo(REJECTED_BY_COUNTY);
        assertThat(in(COUNTY_APPROVED).decidedByCity(CityDecision.APPROVE).status()).isEqualTo(CITY_APPROVED);
        assertThat(in(COUNTY_APPROVED).decidedByCity(CityDecision.REJECT).status()).isEqualTo(REJECTED_BY_CITY);
        assertThat(in(RETURNED).resubmitted().status()).isEqualTo(NOMINATED);
        assertThat(in(COUNTY_APPROVED).expired().status()).isEqualTo(EXPIRED);
    }

    @Test
    void aDecisionOnANominationAlreadyDecided_isRefused() {
        assertThatThrownBy(() -> in(CITY_APPROVED).decidedByCity(CityDecision.REJECT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> in(COUNTY_APPROVED).decidedByCounty(CountyDecision.RETURN)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> in(NOMINATED).resubmitted()).isInstanceOf(ConflictException.class);
    }

    private static Nomination in(NominationStatus status) {
        return new Nomination(1, "2023-2", "91371600MA3C4XYZ0K", "bincheng", status, Nomination.SOURCE_FORM, null,
                "bc1", Instant.parse("2023-09-01T04:00:00Z"), "pi-1");
    }
}
