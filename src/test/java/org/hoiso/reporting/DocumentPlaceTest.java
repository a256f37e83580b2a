package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentPlaceTest {

    @ParameterizedTest
    @CsvSource({"Phường Ba Đình, Ba Đình", "Xã Bình Lư, Bình Lư", "Đặc khu Phú Quốc, Phú Quốc", "Tỉnh Lai Châu, Lai Châu",
            "Thành phố Hà Nội, Hà Nội", "Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh", "Phường 15, Phường 15",
            "Hội LHPN Công ty Điện lực, Hội LHPN Công ty Điện lực"})
    void thePlaceIsTheUnitsNameWithoutItsKindUnlessThatLeavesANumberOrAPersonsName(String unit, String place) {
        assertThat(DocumentPlace.name(unit)).isEqualTo(place);
    }

    @Test
    void aBranchWritesItsCommunesNameAndTheCentralUnionWritesHaNoi() {
        OrgUnit central = unit("Hội Liên hiệp Phụ nữ Việt Nam", "CENTRAL");
        OrgUnit province = unit("Tỉnh Lai Châu", "PROVINCE");
        OrgUnit commune = unit("Phường Đoàn Kết", "COMMUNE");
        OrgUnit branch = unit("Chi hội tổ dân phố số 9", "BRANCH");

        assertThat(DocumentPlace.of(List.of(branch, commune, province, central))).isEqualTo("Đoàn Kết");
        assertThat(DocumentPlace.of(List.of(commune, province, central))).isEqualTo("Đoàn Kết");
        assertThat(DocumentPlace.of(List.of(province, central))).isEqualTo("Lai Châu");
        assertThat(DocumentPlace.of(List.of(central))).isEqualTo("Hà Nội");
        assertThat(DocumentPlace.of(Arrays.asList(branch))).isNull();
    }

    private static OrgUnit unit(String name, String level) {
        return new OrgUnit(1, "X", name, level, null, null, "1", LocalDate.of(2025, 7, 1), null);
    }
}
