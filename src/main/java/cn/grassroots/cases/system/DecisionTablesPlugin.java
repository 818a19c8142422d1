package cn.grassroots.cases.system;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The decision tables' plain cells are answered without the FEEL interpreter ({@link LiteralFeelEngine}). */
@Component
class DecisionTablesPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration decisions = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // made when the engine builds its decision engine, after every setting (custom FEEL functions) is in place
        decisions.setFeelEngineFactory(() -> new LiteralFeelEngine(
                new ScalaFeelEngineFactory(configuration.getDmnFeelCustomFunctionProviders()).createInstance()));
        configuration.setDmnEngineConfiguration(decisions);
    }
}
