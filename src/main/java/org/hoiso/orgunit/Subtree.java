package org.hoiso.orgunit;

import java.util.Objects;

/**
 * A unit's subtree that a caller has been allowed to see (or change). Only this module makes these,
 * after checking the caller's role assignments, so a query that takes a Subtree cannot be asked for
 * data outside the caller's reach. {@link #path()} is the unit's ltree path for
 * {@code path <@ CAST(:path AS ltree)} filters.
 */
public final class Subtree {

    private final long unitId;
    private final String path;

    Subtree(long unitId, String path) {
        if (path == null || !path.matches("[0-9]+(\\.[0-9]+)*")) {
            throw new IllegalArgumentException("not a unit path: " + path);
        }
        this.unitId = unitId;
        this.path = path;
    }

    public long unitId() {
        return unitId;
    }

    public String path() {
        return path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subtree s && s.unitId == unitId && s.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, path);
    }

    @Override
    public String toString() {
        return "Subtree[" + unitId + " " + path + "]";
    }
}
