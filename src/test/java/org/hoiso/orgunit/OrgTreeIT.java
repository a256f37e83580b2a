package org.hoiso.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.hoiso.member.MemberRegistry;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrgTreeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Reorganisation reorganisation;
    @Autowired
    OrgUnits units;
    @Autowired
    MemberRegistry members;

    private static final String ADMIN = "admin";
    private static final String ADMIN_PW = "admin-test-password";

    @Test
    void theRealTreeOf2025IsLoadedOnFirstStart() {
        assertThat(count("PROVINCE")).isEqualTo(34);
        assertThat(count("COMMUNE")).isEqualTo(3321);
        OrgUnit hanoi = fixtures.unit(Places.HA_NOI);
        OrgUnit baDinh = fixtures.unit(Places.BA_DINH);
        assertThat(hanoi.name()).isEqualTo("Thành phố Hà Nội");
        assertThat(baDinh.name()).isEqualTo("Phường Ba Đình");
        assertThat(baDinh.parentId()).isEqualTo(hanoi.id());
        assertThat(baDinh.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void everyCommunePathLiesUnderItsProvincePath() {
        Integer wrong = jdbc.sql("""
                SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE c.level_code = 'COMMUNE' AND NOT (c.path <@ p.path AND nlevel(c.path) = nlevel(p.path) + 1)
                """).query(Integer.class).single();
        assertThat(wrong).isZero();
    }

    @Test
    void findsUnitsByNameTypedWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/units/search").param("q", "phuong ba dinh").with(httpBasic(ADMIN, ADMIN_PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Phường Ba Đình"))
                .andExpect(jsonPath("$[0].code").value(Places.BA_DINH));
        mvc.perform(get("/api/v1/units/search").param("q", "DAK LAK").with(httpBasic(ADMIN, ADMIN_PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Tỉnh Đắk Lắk"));
    }

    @Test
    void listsChildrenLazily() throws Exception {
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        mvc.perform(get("/api/v1/units/{id}/children", hanoi).with(httpBasic(ADMIN, ADMIN_PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(126));
    }

    @Test
    void movingABranchCarriesItsWholeSubtreeAndItsMemberCounts() {
        OrgUnit branch = fixtures.branch(Places.BA_DINH, "Chi hội tổ dân phố 1");
        OrgUnit group = reorganisation.create(fixtures.admin(), branch.id(),
                new Reorganisation.NewUnit(branch.code() + "-T1", "Tổ phụ nữ số 1", "GROUP", null), LocalDate.of(2025, 8, 1));
        fixtures.member("Phạm Thị Gấm", LocalDate.of(1970, 5, 1), group.id());
        OrgUnit target = fixtures.unit(Places.NGOC_HA);
        long before = members.counts(fixtures.admin(), target.id()).active();
        long sourceBefore = members.counts(fixtures.admin(), fixtures.unit(Places.BA_DINH).id()).active();

        reorganisation.move(fixtures.admin(), branch.id(), target.id(), LocalDate.of(2026, 1, 1), "QĐ 12/QĐ-HPN");

        OrgUnit movedGroup = units.get(group.id());
        assertThat(movedGroup.path()).startsWith(target.path() + "." + branch.id() + ".");
        assertThat(members.counts(fixtures.admin(), target.id()).active()).isEqualTo(before + 1);
        assertThat(members.counts(fixtures.admin(), fixtures.unit(Places.BA_DINH).id()).active()).isEqualTo(sourceBefore - 1);
        List<LineageEntry> history = jdbcLineage(branch.id());
        assertThat(history).extracting(LineageEntry::kind).containsExactly("CREATE", "MOVE");
    }

    @Test
    void aUnitCannotMoveUnderItsOwnDescendant() throws Exception {
        OrgUnit branch = fixtures.branch(Places.BA_DINH, "Chi hội Quán Thánh");
        OrgUnit group = reorganisation.create(fixtures.admin(), branch.id(),
                new Reorganisation.NewUnit(branch.code() + "-T1", "Tổ 1", "GROUP", null), LocalDate.of(2025, 8, 1));
        mvc.perform(post("/api/v1/units/{id}/move", branch.id()).with(httpBasic(ADMIN, ADMIN_PW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + group.id() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Không thể chuyển một đơn vị vào dưới chính đơn vị trực thuộc của nó."));
    }

    @Test
    void theDatabaseItselfRefusesACycle() {
        OrgUnit branch = fixtures.branch(Places.BA_DINH, "Chi hội Điện Biên");
        OrgUnit group = reorganisation.create(fixtures.admin(), branch.id(),
                new Reorganisation.NewUnit(branch.code() + "-T1", "Tổ 1", "GROUP", null), LocalDate.of(2025, 8, 1));
        Assertions
                .assertThatThrownBy(() -> jdbc.sql("UPDATE org_unit SET parent_id = :g WHERE id = :b").param("g", group.id())
                        .param("b", branch.id()).update())
                .hasMessageContaining("cannot move under its own descendant");
    }

    @Test
    void mergingClosesThePredecessorsAndKeepsTheirMembersUnderTheSuccessor() {
        OrgUnit a = fixtures.branch(Places.GIANG_VO, "Chi hội thôn Đông");
        OrgUnit b = fixtures.branch(Places.GIANG_VO, "Chi hội thôn Tây");
        long m1 = fixtures.member("Lê Thị Lan", LocalDate.of(1980, 1, 2), a.id());
        fixtures.member("Lê Thị Huệ", LocalDate.of(1981, 1, 2), b.id());
        LocalDate date = LocalDate.of(2026, 3, 1);

        OrgUnit merged = reorganisation.merge(fixtures.admin(), List.of(a.id(), b.id()),
                new Reorganisation.NewUnit(a.code() + "-M", "Chi hội thôn Đông Tây", "BRANCH", null), date, "NQ 05");

        assertThat(units.get(a.id()).validTo()).isEqualTo(date.minusDays(1));
        assertThat(units.get(b.id()).validTo()).isEqualTo(date.minusDays(1));
        assertThat(merged.validFrom()).isEqualTo(date);
        assertThat(members.counts(fixtures.admin(), merged.id()).active()).isEqualTo(2);
        // the member record was not rewritten: she still belongs to the old branch
        assertThat(members.get(fixtures.admin(), m1).unitId()).isEqualTo(a.id());
        List<LineageEntry> lineage = jdbcLineage(merged.id());
        assertThat(lineage).filteredOn(l -> l.kind().equals("MERGE")).extracting(LineageEntry::fromUnitId)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(count("BRANCH", a.id())).isOne();
    }

    @Test
    void splittingClosesTheUnitAndCreatesItsSuccessorsBesideIt() throws Exception {
        OrgUnit source = fixtures.branch(Places.HOAN_KIEM, "Chi hội Hàng Bạc");
        LocalDate date = LocalDate.of(2026, 4, 1);
        List<OrgUnit> parts = reorganisation.split(fixtures.admin(), source.id(), List.of(
                new Reorganisation.SplitPart(
                        new Reorganisation.NewUnit(source.code() + "-A", "Chi hội Hàng Bạc 1", "BRANCH", null), List.of()),
                new Reorganisation.SplitPart(
                        new Reorganisation.NewUnit(source.code() + "-B", "Chi hội Hàng Bạc 2", "BRANCH", null), List.of())),
                date, null);
        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.parentId()).isEqualTo(source.parentId()));
        assertThat(units.get(source.id()).isOpen()).isFalse();
        mvc.perform(get("/api/v1/units/{id}/lineage", source.id()).with(httpBasic(ADMIN, ADMIN_PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'SPLIT')].toName")
                        .value(Matchers.containsInAnyOrder("Chi hội Hàng Bạc 1", "Chi hội Hàng Bạc 2")));
    }

    @Test
    void aClosedUnitCannotBeChangedAnyMore() throws Exception {
        OrgUnit source = fixtures.branch(Places.HOAN_KIEM, "Chi hội Hàng Đào");
        reorganisation.split(fixtures.admin(), source.id(), List.of(
                new Reorganisation.SplitPart(
                        new Reorganisation.NewUnit(source.code() + "-A", "Chi hội Hàng Đào 1", "BRANCH", null), List.of()),
                new Reorganisation.SplitPart(
                        new Reorganisation.NewUnit(source.code() + "-B", "Chi hội Hàng Đào 2", "BRANCH", null), List.of())),
                LocalDate.of(2026, 4, 1), null);

        mvc.perform(post("/api/v1/units/{id}/rename", source.id()).with(httpBasic(ADMIN, ADMIN_PW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Khác\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void renamingKeepsTheOldNameInHistory() throws Exception {
        OrgUnit branch = fixtures.branch(Places.BA_DINH, "Chi hội Liễu Giai");
        mvc.perform(post("/api/v1/units/{id}/rename", branch.id()).with(httpBasic(ADMIN, ADMIN_PW))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"  Chi hội   Liễu Giai 2 \", \"date\": \"2026-02-01\", \"note\": \"QĐ 7\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Chi hội Liễu Giai 2"));
        assertThat(jdbcLineage(branch.id())).filteredOn(l -> l.kind().equals("RENAME"))
                .singleElement().satisfies(l -> {
                    assertThat(l.oldName()).isEqualTo("Chi hội Liễu Giai");
                    assertThat(l.newName()).isEqualTo("Chi hội Liễu Giai 2");
                    assertThat(l.effectiveDate()).isEqualTo(LocalDate.of(2026, 2, 1));
                });
    }

    @Test
    void rejectsABranchDirectlyUnderAProvinceAndADuplicateCode() throws Exception {
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        mvc.perform(post("/api/v1/units").with(httpBasic(ADMIN, ADMIN_PW)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": " + hanoi + ", \"code\": \"" + Places.BA_DINH
                        + "\", \"name\": \"Chi hội X\", \"levelCode\": \"BRANCH\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].code").value("unit.code.taken"))
                .andExpect(jsonPath("$.errors[?(@.field == 'levelCode')].code").value("unit.level.notUnder"));
    }

    private int count(String level) {
        return jdbc.sql(
                "SELECT count(*) FROM org_unit WHERE level_code = :l AND valid_to IS NULL AND valid_from = DATE '2025-07-01'")
                .param("l", level).query(Integer.class).single();
    }

    private int count(String level, long id) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE level_code = :l AND id = :id").param("l", level).param("id", id)
                .query(Integer.class).single();
    }

    private List<LineageEntry> jdbcLineage(long unitId) {
        return units.find(unitId).map(u -> reorganisationHistory(unitId)).orElseThrow();
    }

    @Autowired
    OrgUnitRepository repository;

    private List<LineageEntry> reorganisationHistory(long unitId) {
        return repository.lineage(unitId);
    }
}
