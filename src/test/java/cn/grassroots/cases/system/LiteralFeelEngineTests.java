package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The decision tables' plain cells give FEEL's own answers without the interpreter; every other cell still goes to
 * Camunda's FEEL engine.
 */
class LiteralFeelEngineTests {

    private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();
    private final List<String> interpreted = new ArrayList<>();
    private final FeelEngine literal = new LiteralFeelEngine(new FeelEngine() {
        @Override
        public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
            interpreted.add(expression);
            return scala.evaluateSimpleExpression(expression, context);
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext context) {
            interpreted.add(expression);
            return scala.evaluateSimpleUnaryTests(expression, input, context);
        }
    });

    @Test
    void outputCellsGiveWhatFeelGives() {
        VariableContext variables = Variables.createVariables().putValue("defaultUnit", "unit-roads").asVariableContext();
        for (String cell : List.of("\"WORKING\"", " \"县交通运输局\" ", "\"\"", "3", "60", "-1", "2.5", "defaultUnit",
                "\"a\" + \"b\"", "null")) {
            Object feel = scala.evaluateSimpleExpression(cell, variables);
            Object answered = literal.evaluateSimpleExpression(cell, variables);
            assertThat(answered).as(cell).isEqualTo(feel);
            if (feel != null) {
                assertThat(answered.getClass()).as(cell).isEqualTo(feel.getClass());
            }
        }
    }

    @Test
    void inputCellsMatchAsFeelMatches() {
        for (String cell : List.of("\"URGENT\"", "\"PETITION\",\"VISIT\"", " \"PETITION\" , \"VISIT\" ", "-",
                "not(\"URGENT\")", "\"URGENT\",not(\"X\")")) {
            for (String input : List.of("URGENT", "PETITION", "VISIT", "X", "")) {
                VariableContext variables = Variables.createVariables().putValue("cellInput", input).asVariableContext();
                assertThat(literal.evaluateSimpleUnaryTests(cell, "cellInput", variables)).as(cell + " / " + input)
                        .isEqualTo(scala.evaluateSimpleUnaryTests(cell, "cellInput", variables));
            }
        }
    }

    @Test
    void onlyCellsThatAreNotPlainLiteralsReachTheInterpreter() {
        VariableContext variables = Variables.createVariables().putValue("cellInput", "URGENT")
                .putValue("defaultUnit", "unit-roads").asVariableContext();

        literal.evaluateSimpleExpression("\"WORKING\"", variables);
        literal.evaluateSimpleExpression("3", variables);
        literal.evaluateSimpleUnaryTests("\"PETITION\",\"VISIT\"", "cellInput", variables);
        literal.evaluateSimpleUnaryTests("-", "cellInput", variables);
        literal.evaluateSimpleExpression("defaultUnit", variables);
        literal.evaluateSimpleUnaryTests("not(\"URGENT\")", "cellInput", variables);

        assertThat(interpreted).containsExactly("defaultUnit", "not(\"URGENT\")");
    }
}
