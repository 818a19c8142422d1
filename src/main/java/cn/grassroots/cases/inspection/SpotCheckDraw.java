package cn.grassroots.cases.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The random draw of a spot check, stratified by unit: of each unit's cases closed as resolved in the period, the
 * share (rounded up), at least the minimum (all when the unit has fewer). The draw depends only on its seed and the
 * population, both stored with the check, so anyone can draw again and get the same sample.
 */
public final class SpotCheckDraw {

    /** A case that can be drawn: closed as resolved by this unit in the period. */
    public record Candidate(String caseNumber, String unit) {
    }

    private SpotCheckDraw() {
    }

    public static List<Candidate> sample(long seed, List<Candidate> population, int sharePercent, int minimumPerUnit) {
        Map<String, List<Candidate>> byUnit = new TreeMap<>();
        population.stream().sorted(Comparator.comparing(Candidate::caseNumber))
                .forEach(candidate -> byUnit.computeIfAbsent(candidate.unit(), unit -> new ArrayList<>()).add(candidate));
        Random random = new Random(seed);
        List<Candidate> sample = new ArrayList<>();
        for (List<Candidate> cases : byUnit.values()) {
            int wanted = Math.min(cases.size(),
                    Math.max(minimumPerUnit, (int) Math.ceil(cases.size() * sharePercent / 100.0)));
            List<Candidate> shuffled = new ArrayList<>(cases);
            // a partial Fisher–Yates shuffle: the first `wanted` places are the sample
            for (int i = 0; i < wanted; i++) {
                int j = i + random.nextInt(shuffled.size() - i);
                Candidate chosen = shuffled.get(j);
                shuffled.set(j, shuffled.get(i));
                shuffled.set(i, chosen);
                sample.add(chosen);
            }
        }
        sample.sort(Comparator.comparing(Candidate::caseNumber));
        return sample;
    }
}
