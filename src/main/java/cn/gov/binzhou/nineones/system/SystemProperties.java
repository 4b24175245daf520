package cn.gov.binzhou.nineones.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the whole application ({@code nineones.system}).
 *
 * @param cityGroups   how many city inspection groups (抽查组) exist: {@code city-group-1..N}
 * @param contactPhone the bureau's contact line printed on mails and reports
 * @param baseUrl      the address users reach the application at, used for links in mails
 */
@Validated
@ConfigurationProperties(prefix = "nineones.system")
public record SystemProperties(@Min(1) int cityGroups, @NotBlank String contactPhone, @NotBlank String baseUrl) {
}
