package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import cn.gov.binzhou.nineones.NineOnesApplication;

class ProductionGuardTest {

    @Test
    void productionProfile_refusesToStartWithoutAdminPassword() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password="))
                .hasMessageContaining("未设置管理员密码");
    }

    @Test
    void productionProfile_refusesToStartWithAKnownDefaultPassword() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=demo")).hasMessageContaining("默认密码");
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=Admin")).hasMessageContaining("默认密码");
    }

    @Test
    void productionProfile_refusesToRunTogetherWithTheDemoProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NineOnesApplication.class).profiles("prod", "demo")
                .run("--camunda.bpm.admin-user.password=a-long-and-secret-one"))
                .hasMessageContaining("不能与演示配置");
    }

    @Test
    void aStrongPassword_passesTheGuard() {
        assertThatCode(() -> ProductionGuard.check("v3ry-l0ng-bureau-secret")).doesNotThrowAnyException();
    }

    private static void start(String passwordArgument) {
        new SpringApplicationBuilder(NineOnesApplication.class).profiles("prod").run(passwordArgument);
    }
}
