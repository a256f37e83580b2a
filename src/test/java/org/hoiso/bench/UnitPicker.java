package org.hoiso.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Picks the unit a new member belongs to, in proportion to each unit's (synthetic) size. */
final class UnitPicker {

    /** A unit that holds members directly: a branch or, for some members, the commune-level union itself. */
    record Unit(long id, long provinceId, String provinceCode, String addressTail) {
    }

    private final Weighted<Unit> units;

    UnitPicker(List<Unit> units, double[] weights) {
        this.units = Weighted.of(units, weights);
    }

    Unit next(SplittableRandom random) {
        return units.next(random);
    }
}
