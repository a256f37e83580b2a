package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a name search finds (member/V111): every word typed must begin a word of the name, in any order, with or
 * without diacritics and in any case; a piece from the middle of a word finds nothing, and {@code %} or {@code _} are
 * letters, not wildcards. The names live in a branch of their own, so nothing another test made is found.
 */
@IntegrationTest
class MemberNameSearchIT {

    @Autowired
    MemberRegistry registry;
    @Autowired
    Fixtures fixtures;

    private OrgUnit branch;
    private long thuy;
    private long ha;
    private long thu;
    private long vong;

    @BeforeEach
    void members() {
        branch = fixtures.branch(Places.BA_DINH, "Chi hội tìm tên " + Fixtures.uniqueGivenName());
        LocalDate born = LocalDate.of(1985, 6, 7);
        thuy = fixtures.member("Võ Thị Thuỷ", born, branch.id());
        ha = fixtures.member("Trần Thu Hà", born, branch.id());
        thu = fixtures.member("Lê Thị Thư", born, branch.id());
        vong = fixtures.member("Nguyễn Thị Vọng", born, branch.id());
    }

    private List<Long> found(String q) {
        return registry.search(fixtures.admin(), new MemberQuery(q, branch.id(), null, null, null, null, null, null, 20))
                .items().stream().map(MemberSummary::id).toList();
    }

    @Test
    void aWordFindsEveryNameWithAWordBeginningWithItInNameOrder() {
        // le thi thu < tran thu ha < vo thi thuy
        assertThat(found("thu")).containsExactly(thu, ha, thuy);
        // nguyen thi vong < vo thi thuy
        assertThat(found("vo")).containsExactly(vong, thuy);
        assertThat(found("thi")).containsExactly(thu, vong, thuy);
    }

    @Test
    void allTheWordsMustMatchInAnyOrderCaseAndDiacritics() {
        assertThat(found("THUY vo")).containsExactly(thuy);
        assertThat(found("Thuỷ")).containsExactly(thuy);
        assertThat(found("võ th")).containsExactly(vong, thuy);
        assertThat(found("võ thu")).containsExactly(thuy);
        assertThat(found("thu ha")).containsExactly(ha);
        assertThat(found("thi ha")).isEmpty();
        // a word typed twice is asked once
        assertThat(found("thu thu")).containsExactly(thu, ha, thuy);
    }

    @Test
    void aPieceFromTheMiddleOfAWordOrAWildcardFindsNothing() {
        assertThat(found("uy")).isEmpty();
        assertThat(found("hu")).isEmpty();
        assertThat(found("t%")).isEmpty();
        assertThat(found("t_u")).isEmpty();
        assertThat(found("%")).isEmpty();
    }

    @Test
    void aSearchOfTheWholeCountryLooksInEveryProvince() {
        String word = Fixtures.uniqueGivenName() + "qx";
        LocalDate born = LocalDate.of(1979, 1, 2);
        long inHaNoi = fixtures.member("Võ Thị " + word, born, branch.id());
        long inThanhHoa = fixtures.member("Lê Thị " + word, born, fixtures.unit(Places.BIM_SON).id());
        List<Long> found = registry.search(fixtures.admin(),
                new MemberQuery("thi " + word.toLowerCase(), fixtures.centralId(), null, null, null, null, null, null, 20))
                .items().stream().map(MemberSummary::id).toList();
        // le thi … < vo thi …
        assertThat(found).containsExactly(inThanhHoa, inHaNoi);
    }
}
