package org.hoiso.orgunit;

import java.time.LocalDate;

/** A unit as the tree browser lists it: with the number of its open children, for lazy expansion. */
public record UnitNode(long id, String code, String name, String levelCode, Long parentId, String adminCode,
        LocalDate validFrom, LocalDate validTo, int childCount) {
}
