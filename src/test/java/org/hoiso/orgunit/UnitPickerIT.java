package org.hoiso.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Choosing a unit by typing its name: within the caller's reach, told apart by their province. */
@IntegrationTest
class UnitPickerIT {

    /** Xã Ba Đình of Thanh Hoá: Hà Nội has a Phường Ba Đình ({@link Places#BA_DINH}) and Quảng Ngãi a Xã Ba Dinh. */
    private static final String XA_BA_DINH = "16171";

    @Autowired
    UnitPicker picker;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private static final UnitPicker.Pick WRITABLE = UnitPicker.Pick.writable();

    private static List<String> labels(List<UnitChoice> choices) {
        return choices.stream().map(UnitChoice::label).toList();
    }

    private static String problemCode(Throwable e) {
        return ((DomainException) e).fieldProblems().stream().map(FieldProblem::code).findFirst().orElse(null);
    }

    @Test
    void aProvinceOfficerFindsHerCommuneByItsNameWithoutDiacriticsAndSeesItsProvince() {
        Caller thanhHoa = fixtures.officer(Places.THANH_HOA).caller();
        assertThat(labels(picker.search(thanhHoa, WRITABLE, "ba dinh"))).containsExactly("Xã Ba Đình — Tỉnh Thanh Hoá");
        assertThat(labels(picker.search(thanhHoa, WRITABLE, "HÀM RỒ"))).first().isEqualTo("Phường Hàm Rồng — Tỉnh Thanh Hoá");
    }

    @Test
    void theCountryHasThreeBaDinhsAndTheProvincesNameTellsThemApart() {
        Caller national = fixtures.admin();
        assertThat(labels(picker.search(national, WRITABLE, "ba dinh"))).contains("Phường Ba Đình — Thành phố Hà Nội",
                "Xã Ba Đình — Tỉnh Thanh Hoá");
        assertThat(labels(picker.search(national, WRITABLE, "ba dinh thanh hoa"))).containsExactly("Xã Ba Đình — Tỉnh Thanh Hoá");
        assertThat(labels(picker.search(national, WRITABLE, "thanh hoa  ba  dinh")))
                .containsExactly("Xã Ba Đình — Tỉnh Thanh Hoá");
        assertThat(labels(picker.search(national, WRITABLE, "Xã Ba Đình — Tỉnh Thanh Hoá")))
                .containsExactly("Xã Ba Đình — Tỉnh Thanh Hoá");
    }

    @Test
    void aBranchIsShownWithItsCommuneAndProvince() {
        OrgUnit branch = fixtures.branch(Places.BIM_SON, "Chi hội khu phố Lam Sơn 4");
        Caller commune = fixtures.officer(Places.BIM_SON).caller();
        assertThat(picker.search(commune, WRITABLE, "lam son 4")).singleElement()
                .satisfies(c -> {
                    assertThat(c.id()).isEqualTo(branch.id());
                    assertThat(c.label()).isEqualTo("Chi hội khu phố Lam Sơn 4 — Phường Bỉm Sơn, Tỉnh Thanh Hoá");
                });
    }

    @Test
    void onlyTheLevelsAskedForAreOffered() {
        fixtures.branch(Places.BIM_SON, "Chi hội Bỉm Sơn 9");
        Caller commune = fixtures.officer(Places.BIM_SON).caller();
        assertThat(picker.search(commune, new UnitPicker.Pick(UnitPicker.Reach.WRITABLE, Set.of("COMMUNE")), "bim son"))
                .extracting(UnitChoice::levelCode).containsOnly("COMMUNE");
    }

    @Test
    void aTransferReachesEveryCommuneOfTheCountryButNoOtherCommunesBranches() {
        OrgUnit hidden = fixtures.branch(Places.MUONG_LY, "Chi hội bản Mường Lý 2");
        Caller other = fixtures.officer(Places.TRUNG_LY).caller();
        UnitPicker.Pick transfer = new UnitPicker.Pick(UnitPicker.Reach.TRANSFER, Set.of());
        assertThat(labels(picker.search(other, transfer, "muong ly"))).contains("Xã Mường Lý — Tỉnh Thanh Hoá")
                .doesNotContain(hidden.name() + " — Xã Mường Lý, Tỉnh Thanh Hoá");
        assertThat(labels(picker.search(other, transfer, "phuong ba dinh"))).contains("Phường Ba Đình — Thành phố Hà Nội");
        assertThat(picker.search(other, WRITABLE, "muong ly")).isEmpty();
        assertThatThrownBy(() -> picker.resolve(other, transfer, "toUnitId", hidden.id(), null))
                .satisfies(e -> assertThat(problemCode(e)).isEqualTo("unit.pick.none"));
    }

    @Test
    void aFormReadsTheTickedUnitOrTheCodeOrTheOneNameTyped() {
        Caller thanhHoa = fixtures.officer(Places.THANH_HOA).caller();
        OrgUnit hamRong = fixtures.unit(Places.HAM_RONG);
        assertThat(picker.resolve(thanhHoa, WRITABLE, "unitId", hamRong.id(), "anything").id()).isEqualTo(hamRong.id());
        assertThat(picker.resolve(thanhHoa, WRITABLE, "unitId", null, Places.HAM_RONG).id()).isEqualTo(hamRong.id());
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội " + Fixtures.uniqueGivenName());
        assertThat(picker.resolve(thanhHoa, WRITABLE, "unitId", null, VietnameseText.fold(branch.name())).id())
                .isEqualTo(branch.id());
        assertThat(picker.resolve(thanhHoa, WRITABLE, "unitId", null, "Phường Hàm Rồng — Tỉnh Thanh Hoá").id())
                .isEqualTo(hamRong.id());
    }

    @Test
    void aNameThatFitsSeveralUnitsIsRefusedNamingThemWithTheirCodes() {
        Caller national = fixtures.admin();
        assertThatThrownBy(() -> picker.resolve(national, WRITABLE, "unitId", null, "ba dinh"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    FieldProblem p = ((DomainException) e).fieldProblems().get(0);
                    assertThat(p.field()).isEqualTo("unitId");
                    assertThat(p.code()).isEqualTo("unit.pick.ambiguous");
                    assertThat(String.valueOf(p.args().get(2))).contains("Xã Ba Đình — Tỉnh Thanh Hoá (" + XA_BA_DINH + ")")
                            .contains("Phường Ba Đình — Thành phố Hà Nội (" + Places.BA_DINH + ")");
                });
    }

    @Test
    void aUnitOutsideHerReachIsNeverTakenByIdCodeOrName() {
        Caller commune = fixtures.officer(Places.TAM_CHUNG).caller();
        OrgUnit outside = fixtures.unit(Places.HAM_RONG);
        assertThatThrownBy(() -> picker.resolve(commune, WRITABLE, "unitId", outside.id(), null))
                .satisfies(e -> assertThat(problemCode(e)).isEqualTo("unit.pick.none"));
        assertThatThrownBy(() -> picker.resolve(commune, WRITABLE, "unitId", null, Places.HAM_RONG))
                .satisfies(e -> assertThat(problemCode(e)).isEqualTo("unit.pick.none"));
        assertThatThrownBy(() -> picker.resolve(commune, WRITABLE, "unitId", null, "ham rong"))
                .satisfies(e -> assertThat(problemCode(e)).isEqualTo("unit.pick.none"));
        assertThatThrownBy(() -> picker.resolve(commune, WRITABLE, "unitId", null, "  "))
                .satisfies(e -> assertThat(problemCode(e)).isEqualTo("unit.pick.required"));
    }

    @Test
    void aMemberIsOfferedNothing() {
        Caller member = Caller.member(1, "0900000001", "Hội viên", 1);
        assertThat(picker.search(member, new UnitPicker.Pick(UnitPicker.Reach.TRANSFER, Set.of()), "ba dinh")).isEmpty();
    }

    @Test
    void thePickerPageListsTheChoicesAsRadioButtonsNamedAfterTheField() throws Exception {
        var officer = user(users.loadUserByUsername(fixtures.officer(Places.THANH_HOA).username()));
        String html = mvc.perform(get("/units/pick").param("field", "toUnit").param("reach", "writable")
                .param("toUnit", "ba dinh").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("name=\"toUnitId\"").contains("Xã Ba Đình").contains("Tỉnh Thanh Hoá")
                .contains("value=\"" + fixtures.unit(XA_BA_DINH).id() + "\"").doesNotContain("Thành phố Hà Nội");
        mvc.perform(get("/units/pick").param("field", "reach").param("reach", "x").with(officer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTreesSearchNamesEachUnitsProvince() throws Exception {
        var national = user(users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).username()));
        String html = mvc.perform(get("/units").param("q", "ba dinh").with(national)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("— Tỉnh Thanh Hoá").contains("— Thành phố Hà Nội");
    }
}
