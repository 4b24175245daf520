package cn.gov.binzhou.nineones.evidence;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Evidence files ({@code nineones.evidence}).
 *
 * @param dir                  the file store: a folder outside the database, created where missing
 * @param taskKeys             the user tasks that take evidence
 * @param maxBytes             the largest file accepted
 * @param maxFilesPerNomination how many files one enterprise's nomination may hold
 */
@Validated
@ConfigurationProperties(prefix = "nineones.evidence")
record EvidenceProperties(
        @NotNull @DefaultValue("./data/evidence") Path dir,
        @NotEmpty @DefaultValue({EvidenceTasks.SELF_ASSESSMENT, EvidenceTasks.COUNTY_ACCEPTANCE,
                EvidenceTasks.CITY_SPOT_CHECK}) List<String> taskKeys,
        @Min(1) @DefaultValue("10485760") long maxBytes,
        @Min(1) @DefaultValue("50") int maxFilesPerNomination) {
}
