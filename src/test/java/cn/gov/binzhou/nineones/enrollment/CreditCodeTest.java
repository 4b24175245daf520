package cn.gov.binzhou.nineones.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodes_validate() {
        // Codes published by the enterprises themselves, checked by hand against GB 32100-2015.
        assertThat(CreditCode.parse("914403001922038216").value()).isEqualTo("914403001922038216");
        assertThat(CreditCode.parse("9144030071526726XG").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.parse("91110000100006485K").value()).isEqualTo("91110000100006485K");
    }

    @Test
    void checkCharacter_isComputedPerTheStandard() {
        assertThat(CreditCode.checkCharacter("91371600MA3CXXXX1")).isEqualTo('C');
        assertThat(CreditCode.checkCharacter("12371600004567890")).isEqualTo('J');
        assertThat(CreditCode.checkCharacter("91371621168780001")).isEqualTo('R');
    }

    @Test
    void lowerCaseAndFullWidthInput_isNormalised() {
        assertThat(CreditCode.parse(" 9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.parse("９１４４０３００７１５２６７２６ＸＧ").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.parse("9144 0300 7152 6726 XG").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void wrongCodes_areRefusedWithTheReason() {
        assertThatThrownBy(() -> CreditCode.parse("914403001922038217")).hasMessageContaining("校验位错误（应为6）");
        assertThatThrownBy(() -> CreditCode.parse("91440300192203821")).hasMessageContaining("应为18位，实际为17位");
        assertThatThrownBy(() -> CreditCode.parse("9144030019220382I6")).hasMessageContaining("第17位含有不允许的字符");
        assertThatThrownBy(() -> CreditCode.parse("")).hasMessageContaining("不能为空");
    }
}
