package cn.gov.binzhou.nineones.deduction;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bureau's deduction settings, changed without code ({@code nineones.deductions.*}): the cap per
 * agency and batch, and the working days an agency has to object and to rectify.
 */
@ConfigurationProperties("nineones.deductions")
record DeductionSettings(@DefaultValue("5.0") BigDecimal capPerAgency, @DefaultValue("3") int objectionWorkingDays,
        @DefaultValue("10") int rectificationWorkingDays, @DefaultValue("10") int recheckWorkingDays) {
}
