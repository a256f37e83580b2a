package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.orgunit.OldCommunes;
import org.hoiso.orgunit.OrgUnit;
import org.junit.jupiter.api.Test;

/**
 * A member list typed before 2025 names the commune as it was. An old commune that went whole into one of
 * today's maps onto it; one that was split among several must not be mapped onto one of them by chance: the
 * row names its branch, found under exactly one successor, or the officer is asked which commune it is today.
 * Old Xã Bính Xá (06622) of Lạng Sơn was split between today's Xã Đình Lập (06613) and Xã Kiên Mộc (06625).
 */
class UnitResolverOldCommunesTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final OldCommunes OLD = new OldCommunes();

    private static final OrgUnit LANG_SON = unit(20, "20", "Tỉnh Lạng Sơn", "PROVINCE", 1L, "1.20");
    private static final OrgUnit DINH_LAP = unit(613, "06613", "Xã Đình Lập", "COMMUNE", 20L, "1.20.613");
    private static final OrgUnit KIEN_MOC = unit(625, "06625", "Xã Kiên Mộc", "COMMUNE", 20L, "1.20.625");
    private static final OrgUnit CHAU_SON = unit(637, "06637", "Xã Châu Sơn", "COMMUNE", 20L, "1.20.637");
    private static final OrgUnit BAN_CHAT = unit(9001, "06613-CH1", "Chi hội thôn Bản Chắt", "BRANCH", 613L, "1.20.613.9001");
    private static final OrgUnit NA_PAN = unit(9002, "06625-CH1", "Chi hội thôn Nà Pàn", "BRANCH", 625L, "1.20.625.9002");
    private static final OrgUnit BAN_CHAT_TOO = unit(9003, "06625-CH2", "Chi hội thôn Bản Chắt", "BRANCH", 625L,
            "1.20.625.9003");

    private static OrgUnit unit(long id, String code, String name, String level, Long parent, String path) {
        return new OrgUnit(id, code, name, level, parent, level.equals("BRANCH") ? null : code, path, JULY_2025, null);
    }

    private static UnitResolver province(OrgUnit... branches) {
        List<OrgUnit> units = new ArrayList<>(List.of(LANG_SON, DINH_LAP, KIEN_MOC, CHAU_SON));
        units.addAll(List.of(branches));
        return new UnitResolver(LANG_SON, units, OLD, false);
    }

    @Test
    void anOldCommuneThatWentWholeIntoOneOfTodaysMapsOntoIt() {
        // Xã Bắc Xa (06619) went whole into today's Kiên Mộc.
        UnitResolver.Resolution r = province().resolve(null, "Xã Bắc Xa", null);
        assertThat(r.unitId()).isEqualTo(KIEN_MOC.id());
        assertThat(province().resolve(null, "06619", null).unitId()).isEqualTo(KIEN_MOC.id());
    }

    @Test
    void aSplitCommuneWithoutABranchIsAskedAboutWithAllItsSuccessors() {
        UnitResolver.Resolution byName = province().resolve(null, "Xã Bính Xá", null);
        assertThat(byName.problem()).isEqualTo("intake.unit.oldSplit");
        assertThat(byName.args()).containsExactly("Xã Bính Xá", "Xã Đình Lập, Xã Kiên Mộc");
        assertThat(province().resolve(null, "06622", null).problem()).isEqualTo("intake.unit.oldSplit");
    }

    @Test
    void aSplitCommuneIsAskedAboutEvenWhenTheImportReachesOnlyOneSuccessor() {
        UnitResolver intoKienMoc = new UnitResolver(KIEN_MOC, List.of(KIEN_MOC, NA_PAN), OLD, false);
        UnitResolver.Resolution r = intoKienMoc.resolve(null, "Bính Xá", null);
        assertThat(r.problem()).isEqualTo("intake.unit.oldSplit");
        assertThat(r.args()).containsExactly("Bính Xá", "Xã Đình Lập, Xã Kiên Mộc");
    }

    @Test
    void theBranchOfASplitCommuneTellsWhichSuccessorItIsToday() {
        assertThat(province(BAN_CHAT, NA_PAN).resolve(null, "Xã Bính Xá", "Chi hội thôn Nà Pàn").unitId())
                .isEqualTo(NA_PAN.id());
        assertThat(province(BAN_CHAT, NA_PAN).resolve(null, "Xã Bính Xá", "thôn Bản Chắt").unitId()).isEqualTo(BAN_CHAT.id());
    }

    @Test
    void aBranchNameFoundUnderSeveralSuccessorsTellsNothing() {
        UnitResolver.Resolution r = province(BAN_CHAT, BAN_CHAT_TOO).resolve(null, "Xã Bính Xá", "Chi hội thôn Bản Chắt");
        assertThat(r.problem()).isEqualTo("intake.unit.oldSplit");
    }
}
