package cn.gov.binzhou.nineones.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up where the demo listens: its passwords are public, so by default only this machine
 * reaches it ({@code server.address: 127.0.0.1} in application-demo.yml), and opening it is a choice.
 */
@Component
@Profile("demo")
class DemoNetworkNotice {

    private static final Logger LOG = LoggerFactory.getLogger(DemoNetworkNotice.class);

    private final Environment environment;

    DemoNetworkNotice(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        String address = environment.getProperty("server.address", "");
        String where = (address.isBlank() ? "0.0.0.0" : address) + ":" + port();
        if (isLoopback(address)) {
            LOG.info("Demo profile listens on {} only: just this machine can reach it, because the demo users' "
                    + "passwords are public (every one is '{}'). To open it to the network start with "
                    + "--server.address=0.0.0.0 or SERVER_ADDRESS=0.0.0.0, on a trusted network only. / "
                    + "演示环境仅在 {} 监听，只有本机可以访问，因为演示账号的密码是公开的（均为 {}）。"
                    + "如需让其他电脑访问，请以 --server.address=0.0.0.0 或环境变量 SERVER_ADDRESS=0.0.0.0 启动，"
                    + "且只在可信的内部网络中使用。", where, DemoUsers.PASSWORD, where, DemoUsers.PASSWORD);
        } else {
            LOG.warn("Demo profile listens on {}: other machines can reach it, and the demo users' passwords are "
                    + "public (every one is '{}'). Use it on a trusted network only; remove server.address / "
                    + "SERVER_ADDRESS to listen on 127.0.0.1 again. / 演示环境在 {} 监听，其他电脑可以访问，"
                    + "而演示账号的密码是公开的（均为 {}）。请只在可信的内部网络中使用；去掉 server.address 或 "
                    + "SERVER_ADDRESS 设置即恢复为仅本机（127.0.0.1）访问。", where, DemoUsers.PASSWORD, where,
                    DemoUsers.PASSWORD);
        }
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    /** Whether the address reaches this machine only; an empty address means every interface. */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
