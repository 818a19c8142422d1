package cn.grassroots.cases.assessment;

import java.util.List;
import java.util.Map;

/**
 * The units' figures for a period and the policy they were computed with; {@code top} and {@code bottom} name the
 * best and the weakest ranked units.
 */
public record Assessment(String from, String to, Map<String, Double> weights, Map<String, Double> satisfactionWeights,
        int minimumCases, List<UnitFigures> units, List<String> top, List<String> bottom) {
}
