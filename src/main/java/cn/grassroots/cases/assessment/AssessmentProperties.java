package cn.grassroots.cases.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The assessment policy ({@code grassroots.assessment.*}): how much each rate weighs in a unit's score, how much a
 * 满意 and a 基本满意 rating count towards 满意率, and how many cases a unit needs in a period to be ranked (fewer: 样本不足).
 */
@ConfigurationProperties("grassroots.assessment")
public record AssessmentProperties(Integer minimumCases, Map<String, Double> weights,
        Map<String, Double> satisfactionWeights) {

    static final Map<String, Double> DEFAULT_WEIGHTS = defaults();

    public AssessmentProperties {
        minimumCases = minimumCases == null ? 5 : minimumCases;
        weights = weights == null || weights.isEmpty() ? DEFAULT_WEIGHTS : Map.copyOf(weights);
        satisfactionWeights = satisfactionWeights == null || satisfactionWeights.isEmpty()
                ? Map.of("satisfied", 1.0, "basically-satisfied", 0.8) : Map.copyOf(satisfactionWeights);
        for (String rate : weights.keySet()) {
            if (!DEFAULT_WEIGHTS.containsKey(rate)) {
                throw new IllegalStateException("grassroots.assessment.weights." + rate
                        + " is not a rate; the rates are " + DEFAULT_WEIGHTS.keySet());
            }
        }
    }

    double weight(String rate) {
        return weights.getOrDefault(rate, 0.0);
    }

    double satisfiedWeight() {
        return satisfactionWeights.getOrDefault("satisfied", 1.0);
    }

    double basicallySatisfiedWeight() {
        return satisfactionWeights.getOrDefault("basically-satisfied", 0.8);
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("response", 0.15);
        weights.put("on-time", 0.25);
        weights.put("resolution", 0.20);
        weights.put("satisfaction", 0.30);
        weights.put("returns", 0.05);
        weights.put("redo", 0.05);
        return java.util.Collections.unmodifiableMap(weights);
    }
}
