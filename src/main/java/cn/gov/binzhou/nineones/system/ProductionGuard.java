package cn.gov.binzhou.nineones.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile with no administrator password or with a well-known one,
 * before anything connects anywhere.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    public static final String PRODUCTION_PROFILE = "prod";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
    static final String DEMO_PROFILE = "demo";

    private static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "camunda", "password", "passw0rd",
            "123456", "12345678", "changeme", "change-me", "secret", "nineones", "nine-ones", "root", "test");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE)) {
            throw new IllegalStateException("生产配置 (prod) 不能与演示配置 (demo) 同时启用");
        }
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        check(password);
    }

    static void check(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(
                    "生产配置拒绝启动：未设置管理员密码，请通过环境变量 NINEONES_ADMIN_PASSWORD 提供");
        }
        if (KNOWN_DEFAULTS.contains(password.trim().toLowerCase(Locale.ROOT)) || password.length() < 10) {
            throw new IllegalStateException(
                    "生产配置拒绝启动：管理员密码是默认密码或少于 10 个字符，请通过 NINEONES_ADMIN_PASSWORD 设置强密码");
        }
    }
}
