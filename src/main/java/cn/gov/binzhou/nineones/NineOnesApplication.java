package cn.gov.binzhou.nineones;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The 九个一 campaign workflow: Camunda 7 engine, Tasklist, Cockpit and the bureau's own capabilities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NineOnesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NineOnesApplication.class, args);
    }
}
