package cn.grassroots.cases.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's migrations index engine tables too (ACT_RU_TASK due dates), so Flyway must run after the
 * engine has created or updated its schema.
 */
@Configuration
class FlywayAfterEngineConfig {

    private static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Bean
    static BeanFactoryPostProcessor flywayAfterProcessEngine() {
        return FlywayAfterEngineConfig::dependOnEngine;
    }

    private static void dependOnEngine(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
            return;
        }
        BeanDefinition flyway = beanFactory.getBeanDefinition(FLYWAY_INITIALIZER);
        List<String> dependsOn = new ArrayList<>(
                flyway.getDependsOn() == null ? List.of() : Arrays.asList(flyway.getDependsOn()));
        dependsOn.addAll(Arrays.asList(beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)));
        flyway.setDependsOn(dependsOn.toArray(String[]::new));
    }
}
