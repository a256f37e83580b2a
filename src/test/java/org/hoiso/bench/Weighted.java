package org.hoiso.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Picks items with given relative frequencies (cumulative weights and a binary search), so that
 * names, units and statuses come out in realistic proportions rather than uniformly.
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("negative weight for " + items.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    static <T> Weighted<T> of(List<T> items, double[] weights) {
        return new Weighted<>(items, weights);
    }

    /** From an insertion-ordered item → weight map. */
    static <T> Weighted<T> of(Map<T, Double> weights) {
        List<T> items = new ArrayList<>(weights.keySet());
        double[] w = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Weighted<>(items, w);
    }

    /** Alternating item, weight pairs: {@code pairs("Nguyễn", 38.4, "Trần", 11.0, ...)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> pairs(Object... itemWeightPairs) {
        Map<T, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < itemWeightPairs.length; i += 2) {
            T item = (T) itemWeightPairs[i];
            if (map.put(item, ((Number) itemWeightPairs[i + 1]).doubleValue()) != null) {
                throw new IllegalArgumentException("listed twice: " + item);
            }
        }
        return of(map);
    }

    T next(SplittableRandom random) {
        return items.get(nextIndex(random));
    }

    int nextIndex(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        // binarySearch gives -(insertion point) - 1 when x falls between two cumulative sums.
        return i >= 0 ? Math.min(i + 1, cumulative.length - 1) : -i - 1;
    }

    List<T> items() {
        return items;
    }

    /** The item's share of the total weight. */
    double share(T item) {
        int i = items.indexOf(item);
        double w = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        return w / cumulative[cumulative.length - 1];
    }
}
