package org.hoiso.reporting;

import java.util.List;
import java.util.Set;
import org.hoiso.orgunit.OrgUnit;

/**
 * The place name (địa danh) of a printed report's date line, "Hà Nội, ngày … tháng … năm …", as the rules
 * for administrative documents write it: the name of the commune (xã, phường, đặc khu) or province where
 * the issuing union sits, without the word for its kind, unless what remains is a number or a person's
 * name ("Phường 15", "Thành phố Hồ Chí Minh"). A branch or an agency union writes its commune's (or
 * province's) name; the central union writes Hà Nội, where it sits.
 */
final class DocumentPlace {

    /** Where the central union sits. */
    static final String CAPITAL = "Hà Nội";
    private static final List<String> KINDS = List.of("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn ");
    /** Names of units that are people's names: written with their kind. */
    private static final Set<String> PERSONS = Set.of("Hồ Chí Minh");

    private DocumentPlace() {
    }

    /**
     * The place of a unit, given the unit and the units above it, nearest first; null when none of them is a
     * commune, a province or the central union.
     */
    static String of(List<OrgUnit> unitAndAbove) {
        for (OrgUnit u : unitAndAbove) {
            switch (u.levelCode()) {
                case "COMMUNE", "PROVINCE" -> {
                    return name(u.name());
                }
                case "CENTRAL" -> {
                    return CAPITAL;
                }
                default -> {
                    // a branch, a group or an agency union: the place of the unit above
                }
            }
        }
        return null;
    }

    /** "Phường Ba Đình" → "Ba Đình"; "Phường 15" and "Thành phố Hồ Chí Minh" stay whole. */
    static String name(String unitName) {
        String name = unitName.strip();
        for (String kind : KINDS) {
            if (name.startsWith(kind)) {
                String rest = name.substring(kind.length()).strip();
                return rest.isEmpty() || Character.isDigit(rest.charAt(0)) || PERSONS.contains(rest) ? name : rest;
            }
        }
        return name;
    }
}
