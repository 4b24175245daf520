package cn.gov.binzhou.nineones.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.demo.DemoEnterprises.DemoEnterprise;
import cn.gov.binzhou.nineones.enrollment.CreditCode;

/**
 * Demo data is the demo profile's only: every bean of the demo package (the sample campaign, its
 * driver, the sample sheets, the build gate) exists only under {@code @Profile("demo")}; and the
 * generated enterprises are valid as the import checks them.
 */
class DemoOnlyInDemoProfileTest {

    private static final Path DEMO = Path.of("src/main/java/cn/gov/binzhou/nineones/demo");

    @Test
    void everyBeanOfTheDemoPackage_isInTheDemoProfileOnly() throws Exception {
        List<Class<?>> beans = beans();
        assertThat(beans).extracting(Class::getSimpleName).contains("DemoCampaign", "DemoDriver", "DemoSteps",
                "DemoBuildGate", "SampleSheetController", "DemoUsers");
        for (Class<?> bean : beans) {
            Profile profile = bean.getAnnotation(Profile.class);
            assertThat(profile).as(bean + " has @Profile").isNotNull();
            assertThat(profile.value()).as(bean + " profile").containsExactly("demo");
        }
    }

    @Test
    void generatedEnterprises_haveValidCreditCodes_andDistinctNames_andAreTheSameForTheSameSeed() {
        List<Agency> agencies = List.of(new Agency("bincheng", "滨城区", List.of(), "滨城区应急管理局", null),
                new Agency("wudi", "无棣县", List.of(), "无棣县应急管理局", null));
        List<DemoEnterprise> generated = new DemoEnterprises(7).generate(agencies, 150, 4, "t");

        assertThat(generated).hasSize(300).allSatisfy(e -> assertThat(CreditCode.problemOf(e.creditCode())).isNull());
        assertThat(generated.stream().map(DemoEnterprise::name).distinct().count()).isEqualTo(300);
        assertThat(generated.stream().filter(e -> e.contactEmail() != null).count()).isEqualTo(75);
        assertThat(new DemoEnterprises(7).generate(agencies, 150, 4, "t")).isEqualTo(generated);
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("cn.gov.binzhou.nineones.demo." + name);
                if (AnnotatedElementUtils.hasAnnotation(type, Component.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
