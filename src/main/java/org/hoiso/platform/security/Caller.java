package org.hoiso.platform.security;

import java.io.Serializable;
import java.util.List;

/**
 * The person making a request and her role assignments. A role reaches the assigned unit's whole
 * subtree and nothing else; every query that returns people or data is bounded by these units. Serializable: it
 * is kept in the signed-in session, which lives in PostgreSQL (Spring Session JDBC) for every instance to read.
 */
public record Caller(long userId, String username, String displayName, List<Assignment> assignments, Long memberId)
        implements
            Serializable {

    public enum Role {
        /** System administrator: everything under the assigned unit, plus accounts and the audit log. */
        ADMIN,
        /** Officer (cán bộ): manages members and units in the subtree. */
        OFFICER,
        /** Viewer: reads the subtree. */
        VIEWER;

        public boolean canWrite() {
            return this != VIEWER;
        }
    }

    public record Assignment(Role role, long unitId) implements Serializable {
    }

    public Caller {
        assignments = List.copyOf(assignments);
    }

    /** An officer, viewer or administrator (no member record of her own signed in). */
    public Caller(long userId, String username, String displayName, List<Assignment> assignments) {
        this(userId, username, displayName, assignments, null);
    }

    /**
     * A member signed in to her own pages. Her member record is not a role assignment: being a member
     * gives no right to read anyone else's data, so she has no readable or writable units.
     */
    public static Caller member(long userId, String username, String displayName, long memberId) {
        return new Caller(userId, username, displayName, List.of(), memberId);
    }

    public boolean isMember() {
        return memberId != null;
    }

    public boolean isAdmin() {
        return assignments.stream().anyMatch(a -> a.role() == Role.ADMIN);
    }

    /** Units whose subtrees the caller may read. */
    public List<Long> readableUnits() {
        return assignments.stream().map(Assignment::unitId).distinct().toList();
    }

    /** Units whose subtrees the caller may change. */
    public List<Long> writableUnits() {
        return assignments.stream().filter(a -> a.role().canWrite()).map(Assignment::unitId).distinct().toList();
    }
}
