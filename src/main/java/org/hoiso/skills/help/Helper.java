package org.hoiso.skills.help;

import java.time.LocalDate;

/** An open designation: a member who may log help for a unit's subtree. */
public record Helper(long id, long memberId, String memberName, long unitId, String unitName, HelperKind kind,
        LocalDate since, String designatedBy) {
}
