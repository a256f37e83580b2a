package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegacyVietnameseTest {

    static final List<String> NAMES = List.of(
            "Nguyễn Thị Hoà", "Trần Thị Thuỷ", "Đặng Thị Ngọc Ánh", "Phạm Thị Ưng", "Lê Thị Bích Ngọc",
            "Xã Ea Kao", "Phường Đống Đa", "Cộng hoà xã hội chủ nghĩa Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam",
            "Huyện Buôn Đôn", "Tỉnh Đắk Lắk", "Võ Thị Sáu", "Bùi Thị Xuân", "Dương Thị Hường", "Hoàng Thị Loan",
            "Khuất Thị Quỳnh", "Thành phố Buôn Ma Thuột", "Nghĩa Hưng", "Lương Thị Yến", "Trương Thị Tuyết Nhung");

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void convertsRealTcvn3Text() {
        String typed = "Céng hoµ x· héi chñ nghÜa ViÖt Nam";
        assertThat(LegacyVietnamese.detect(List.of(typed))).isEqualTo(LegacyFont.TCVN3);
        assertThat(LegacyVietnamese.toUnicode(typed, LegacyFont.TCVN3)).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyVietnamese.toUnicode("NguyÔn ThÞ Hoµ, TrÇn ThÞ Thuû, §Æng ThÞ Ngäc ƒnh", LegacyFont.TCVN3))
                .isEqualTo("Nguyễn Thị Hoà, Trần Thị Thuỷ, Đặng Thị Ngọc Ánh");
        assertThat(LegacyVietnamese.toUnicode("¸nh", LegacyFont.TCVN3)).isEqualTo("ánh");
    }

    @Test
    void convertsRealVniText() {
        String typed = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam";
        assertThat(LegacyVietnamese.detect(List.of(typed))).isEqualTo(LegacyFont.VNI);
        assertThat(LegacyVietnamese.toUnicode(typed, LegacyFont.VNI)).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyVietnamese.toUnicode("NGUYEÃN THÒ HOØA, Ñaëng Thò Ngoïc AÙnh, Phaïm Thò Öng", LegacyFont.VNI))
                .isEqualTo("NGUYỄN THỊ HÒA, Đặng Thị Ngọc Ánh, Phạm Thị Ưng");
    }

    @Test
    void everyLetterRoundTripsThroughTcvn3() {
        List<Character> letters = LegacyFonts.nonAsciiLetters();
        assertThat(letters).hasSize(67);
        for (char lower : letters) {
            String one = String.valueOf(lower);
            assertThat(LegacyVietnamese.toUnicode(LegacyFonts.tcvn3(one), LegacyFont.TCVN3)).as(one).isEqualTo(one);
            String capital = one.toUpperCase(Locale.ROOT);
            String expected = LegacyFonts.hasTcvn3Capital(capital.charAt(0)) ? capital : one;
            assertThat(LegacyVietnamese.toUnicode(LegacyFonts.tcvn3(capital), LegacyFont.TCVN3)).as(capital).isEqualTo(expected);
            // .VnTimeH: capitals typed with the lower-case codes, in a word of capitals
            assertThat(LegacyVietnamese.toUnicode("TH" + LegacyFonts.tcvn3(one), LegacyFont.TCVN3)).isEqualTo("TH" + capital);
        }
    }

    @Test
    void everyLetterRoundTripsThroughVni() {
        for (char lower : LegacyFonts.nonAsciiLetters()) {
            String one = String.valueOf(lower);
            String capital = one.toUpperCase(Locale.ROOT);
            assertThat(LegacyVietnamese.toUnicode(LegacyFonts.vni(one), LegacyFont.VNI)).as(one).isEqualTo(one);
            assertThat(LegacyVietnamese.toUnicode(LegacyFonts.vni(capital), LegacyFont.VNI)).as(capital).isEqualTo(capital);
            assertThat(LegacyVietnamese.toUnicode(LegacyFonts.vni("Kh" + one + "n"), LegacyFont.VNI)).isEqualTo("Kh" + one + "n");
        }
    }

    @Test
    void namesInEitherFontAreDetectedAndConvertedCellByCell() {
        List<String> tcvn3 = NAMES.stream().map(LegacyFonts::tcvn3).toList();
        List<String> vni = NAMES.stream().map(LegacyFonts::vni).toList();
        assertThat(LegacyVietnamese.detect(tcvn3)).isEqualTo(LegacyFont.TCVN3);
        assertThat(LegacyVietnamese.detect(vni)).isEqualTo(LegacyFont.VNI);
        assertThat(tcvn3.stream().map(c -> LegacyVietnamese.fixCell(c, LegacyFont.TCVN3))).containsExactlyElementsOf(NAMES);
        assertThat(vni.stream().map(c -> LegacyVietnamese.fixCell(c, LegacyFont.VNI))).containsExactlyElementsOf(NAMES);
    }

    @Test
    void tcvn3HighBytesReadEitherAsLatin1OrAsWindows1252() {
        assertThat(LegacyVietnamese.toUnicode("\u0080", LegacyFont.TCVN3)).isEqualTo("À");
        assertThat(LegacyVietnamese.toUnicode("€", LegacyFont.TCVN3)).isEqualTo("À");
        assertThat(LegacyVietnamese.toUnicode("\u0093\u0094", LegacyFont.TCVN3)).isEqualTo("ỎÕ");
        assertThat(LegacyVietnamese.toUnicode("“”", LegacyFont.TCVN3)).isEqualTo("ỎÕ");
        assertThat(LegacyVietnamese.toUnicode("\u0081\u008D\u008F\u0090\u009D", LegacyFont.TCVN3)).isEqualTo("ẢÌĨÍÙ");
        assertThat(LegacyVietnamese.toUnicode("H\u0097I", LegacyFont.TCVN3)).isEqualTo("HỘI");
    }

    @Test
    void tcvn3CombiningToneBytesCompose() {
        assertThat(LegacyVietnamese.toUnicode("a\u00B3", LegacyFont.TCVN3)).isEqualTo("á");
        assertThat(LegacyVietnamese.toUnicode("©\u00B4", LegacyFont.TCVN3)).isEqualTo("ậ");
    }

    @Test
    void textInTheTcvn3CapitalsFontBecomesCapitals() {
        assertThat(LegacyVietnamese.toUnicode("NGUYÔN THÞ Hµ", LegacyFont.TCVN3)).isEqualTo("NGUYỄN THỊ HÀ");
        assertThat(LegacyVietnamese.toUnicode("HéI LI£N HIÖP PHô N÷", LegacyFont.TCVN3)).isEqualTo("HỘI LIÊN HIỆP PHỤ NỮ");
        assertThat(LegacyVietnamese.toUnicode("Lª Hµ", LegacyFont.TCVN3)).isEqualTo("Lê Hà");
    }

    @Test
    void aWordCapitalisedAsInASentenceBesideAnAbbreviationIsNoEvidenceOfTheCapitalsFont() {
        String address = LegacyFonts.tcvn3("Số 45 TDP 7");
        assertThat(address).isEqualTo("Sè 45 TDP 7");
        assertThat(LegacyVietnamese.fixCell(address, LegacyFont.TCVN3)).isEqualTo("Số 45 TDP 7");
        assertThat(LegacyVietnamese.fixCell(LegacyFonts.tcvn3("Thôn Đông, KP 3"), LegacyFont.TCVN3)).isEqualTo("Thôn Đông, KP 3");
        // a word that mixes lower-case codes with later capitals is: the cell was typed in .VnTimeH
        assertThat(LegacyVietnamese.fixCell("Sè 45 TDP 7, NGUYÔN", LegacyFont.TCVN3)).isEqualTo("SỐ 45 TDP 7, NGUYỄN");
    }

    @Test
    void aCellWhoseWordsTheFileFontWouldBreakIsKeptAsTyped() {
        // typed in Unicode later, with letters Latin-1 also has: "Bình" would become "Bỡnh", "Sông" "Sơng"
        assertThat(LegacyVietnamese.fixCell("Tân Bình", LegacyFont.TCVN3)).isEqualTo("Tân Bình");
        assertThat(LegacyVietnamese.fixCell("Sông Cầu", LegacyFont.VNI)).isEqualTo("Sông Cầu");
        assertThat(LegacyVietnamese.fixCell("Bông", LegacyFont.VNI)).isEqualTo("Bông");
        // the file's own text still converts
        assertThat(LegacyVietnamese.fixCell(LegacyFonts.tcvn3("Tân Bình"), LegacyFont.TCVN3)).isEqualTo("Tân Bình");
    }

    @Test
    void otherTextIsNotLegacy() {
        List<String> english = List.of("Member list", "Full name", "Date of birth", "John Smith", "Mary O'Brien");
        List<String> european = List.of("José Müller", "Café Zürich", "François Lefèvre", "Søren Ærø", "Ñandú Peña");
        List<String> ascii = List.of("Nguyen Thi Hoa", "Tran Van An", "Le Thi Lan", "Xa Ea Kao");
        List<String> nfd = NAMES.stream().map(LegacyVietnameseTest::nfd).toList();
        List<String> latin1Only = List.of("Hà", "Lê Tâm", "Tú Hà", "Lê Hà", "Hà Tú");
        for (List<String> sample : List.of(english, european, ascii, NAMES, nfd, latin1Only)) {
            assertThat(LegacyVietnamese.detect(sample)).as(sample.toString()).isEqualTo(LegacyFont.NONE);
        }
        for (String cell : european) {
            assertThat(LegacyVietnamese.fixCell(cell, LegacyFont.NONE)).isSameAs(cell);
        }
    }

    @Test
    void aFewLegacyWordsAmongUnicodeTextAreNotEnough() {
        List<String> sample = List.of("Nguyễn Thị Hoà", "Trần Thị Thuỷ", "Lê Thị Bích Ngọc", "Phạm Thị Ưng", "ThÞ Hoµ");
        assertThat(LegacyVietnamese.detect(sample)).isEqualTo(LegacyFont.NONE);
    }

    @Test
    void aCellTypedInUnicodeDoesNotHideALegacyFileAndIsKept() {
        String unicode = "Nguyễn Thị Hoà";
        List<String> sample = new ArrayList<>(NAMES.stream().map(LegacyFonts::tcvn3).toList());
        sample.add(unicode);
        assertThat(LegacyVietnamese.detect(sample)).isEqualTo(LegacyFont.TCVN3);
        assertThat(LegacyVietnamese.fixCell(unicode, LegacyFont.TCVN3)).isSameAs(unicode);
    }

    @Test
    void decomposedUnicodeIsComposed() {
        for (String name : NAMES) {
            assertThat(LegacyVietnamese.fixCell(nfd(name), LegacyFont.NONE)).isEqualTo(name);
            assertThat(LegacyVietnamese.fixCell(nfd(name), LegacyFont.TCVN3)).isEqualTo(name);
            assertThat(LegacyVietnamese.toUnicode(nfd(name), LegacyFont.NONE)).isEqualTo(name);
        }
    }

    @Test
    void fixCellReturnsTheSameInstanceWhenNothingChanges() {
        String unicode = "Nguyễn Thị Hoà";
        String ascii = "Nguyen Van An";
        String empty = "";
        assertThat(LegacyVietnamese.fixCell(unicode, LegacyFont.NONE)).isSameAs(unicode);
        assertThat(LegacyVietnamese.fixCell(unicode, LegacyFont.TCVN3)).isSameAs(unicode);
        assertThat(LegacyVietnamese.fixCell(unicode, LegacyFont.VNI)).isSameAs(unicode);
        assertThat(LegacyVietnamese.fixCell(ascii, LegacyFont.TCVN3)).isSameAs(ascii);
        assertThat(LegacyVietnamese.fixCell(empty, LegacyFont.VNI)).isSameAs(empty);
    }

    @Test
    void validatesSyllables() {
        for (String word : List.of("nguyễn", "Hoà", "hòa", "thuỷ", "thủy", "người", "khuỷu", "quốc", "quý", "Quỳnh",
                "giữa", "gìn", "nghiêng", "Đắk", "việt", "khoẻ", "ngoài", "rượu", "yêu", "ĐƯỜNG", "a", "ạ")) {
            assertThat(LegacyVietnamese.isSyllable(word)).as(word).isTrue();
        }
        for (String word : List.of("josé", "müller", "hoaà", "hóà", "viêt", "thànk", "mưà", "tôì", "ce", "ca\u0301",
                "Nguyờịn", "Céngg", "ngiêng", "kan", "", "xyz", "nghiênggg")) {
            assertThat(LegacyVietnamese.isSyllable(word)).as(word).isFalse();
        }
    }
}
