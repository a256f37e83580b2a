package org.hoiso.orgunit;

/**
 * A unit as a picker offers it: its name and where it lies, so that "Ba Đình" in Hà Nội and in Thanh Hoá
 * are told apart ("Xã Ba Đình — Tỉnh Thanh Hoá"; a branch also names its commune).
 */
public record UnitChoice(long id, String code, String name, String levelCode, String place) {

    /** Name and place as one line: "Xã Ba Đình — Tỉnh Thanh Hoá". */
    public String label() {
        return place == null || place.isEmpty() ? name : name + " — " + place;
    }
}
