package cn.grassroots.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Grassroots Cases: every issue raised on a 四下基层 visit becomes a case that the Camunda engine carries
 * through collect → sort → resolve → supervise.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrassrootsCasesApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrassrootsCasesApplication.class, args);
    }
}
