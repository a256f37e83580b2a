package org.hoiso.orgunit;

import java.time.LocalDate;

/** A unit of the union (đơn vị): the central union, a province, a commune-level union, a branch, a group. */
public record OrgUnit(long id, String code, String name, String levelCode, Long parentId, String adminCode,
        String path, LocalDate validFrom, LocalDate validTo) {

    public boolean isOpen() {
        return validTo == null;
    }

    /** Number of levels from the root (the central union has depth 1). */
    public int depth() {
        return path.split("\\.").length;
    }
}
