package org.hoiso.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Vietnamese women's full names (họ + tên đệm + tên) drawn with realistic frequencies, in NFC.
 *
 * <p>Family-name shares follow the commonly cited national distribution (Nguyễn ≈ 38 %, Trần ≈ 11 %,
 * Lê ≈ 9.5 %, Phạm ≈ 7 %, …) with a long tail, because how selective a search word is (and so which plan
 * the database picks) depends on exactly this skew. "Thị" dominates the middle names of older women and
 * is less usual among the young; a share of names carry a second middle name ("Lê Thị Thu Hương").
 */
final class VietnameseNames {

    private static final Weighted<String> FAMILY = Weighted.pairs(
            "Nguyễn", 38.4, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.1, "Hoàng", 3.6, "Huỳnh", 1.5, "Phan", 4.5,
            "Vũ", 2.9, "Võ", 1.0, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0,
            "Lý", 0.5, "Đinh", 0.9, "Trương", 0.8, "Lương", 0.6, "Mai", 0.6, "Đoàn", 0.6, "Cao", 0.5,
            "Lâm", 0.5, "Hà", 0.5, "Đào", 0.5, "Trịnh", 0.5, "Tạ", 0.4, "Chu", 0.3, "Kiều", 0.25,
            "Lại", 0.25, "Quách", 0.2, "Tô", 0.25, "Thái", 0.2, "Vương", 0.2, "La", 0.15, "Triệu", 0.2,
            "Nông", 0.3, "Lò", 0.2, "Hứa", 0.1, "Khúc", 0.08, "Giang", 0.12, "Mạc", 0.1, "Lục", 0.1,
            "Thạch", 0.15, "Danh", 0.1, "Sơn", 0.1, "Kim", 0.1, "Ksor", 0.05, "Rơ Châm", 0.03, "Sầm", 0.04,
            "Văn", 0.1, "Tăng", 0.1, "Lưu", 0.3, "Phùng", 0.3, "Doãn", 0.08, "Ông", 0.05, "Âu", 0.06);

    /** Second (or only) middle names other than "Thị". */
    private static final Weighted<String> MIDDLE = Weighted.pairs(
            "Ngọc", 8.0, "Thu", 6.0, "Thanh", 6.0, "Minh", 3.5, "Kim", 5.0, "Mỹ", 3.0, "Bích", 3.5,
            "Hồng", 4.0, "Phương", 2.5, "Thùy", 2.5, "Diệu", 1.5, "Hoài", 1.5, "Như", 1.5, "Quỳnh", 1.5,
            "Bảo", 1.5, "Khánh", 1.0, "Hải", 1.5, "Xuân", 2.0, "Thúy", 2.0, "Lan", 1.0, "Hoàng", 1.0,
            "Cẩm", 1.0, "Tuyết", 0.8, "Ánh", 1.0, "Mai", 1.0);

    private static final Weighted<String> GIVEN = Weighted.pairs(
            "Hương", 4.0, "Hoa", 3.5, "Lan", 3.5, "Hạnh", 2.5, "Mai", 3.0, "Linh", 3.0, "Thảo", 3.0,
            "Trang", 3.0, "Nhung", 2.0, "Huyền", 2.5, "Phương", 2.5, "Thủy", 2.5, "Hằng", 2.5, "Ngân", 1.5,
            "Yến", 2.0, "Dung", 2.0, "Loan", 1.8, "Oanh", 1.5, "Vân", 2.0, "Xuân", 1.5, "Hà", 2.5,
            "Nga", 2.5, "Tuyết", 1.5, "Hiền", 2.2, "Anh", 2.0, "Ánh", 1.2, "Bình", 1.0, "Chi", 1.0,
            "Cúc", 1.0, "Diệp", 0.5, "Duyên", 1.5, "Giang", 1.5, "Hải", 0.8, "Hậu", 1.0, "Hồng", 1.5,
            "Huệ", 1.2, "Hường", 1.2, "Lành", 0.6, "Liên", 1.5, "Liễu", 0.8, "Lụa", 0.5, "Lý", 0.7,
            "Mơ", 0.6, "My", 1.0, "Nguyệt", 1.2, "Nhàn", 1.0, "Nhi", 1.2, "Nương", 0.5, "Phượng", 1.2,
            "Quyên", 1.0, "Quỳnh", 1.5, "Sen", 0.8, "Tâm", 1.5, "Thắm", 0.8, "Thanh", 1.5, "Thoa", 1.0,
            "Thu", 2.0, "Thúy", 1.8, "Thùy", 1.0, "Tình", 0.5, "Trâm", 1.0, "Trinh", 1.0, "Tú", 0.5,
            "Uyên", 1.0, "Vy", 1.0, "Xoan", 0.4, "Ngọc", 1.2, "Diễm", 0.8, "Đào", 0.7, "Điệp", 0.6,
            "Gấm", 0.3, "Khánh", 0.5, "Kiều", 0.7, "Lệ", 0.8, "Mận", 0.4, "Mến", 0.6, "Thơm", 0.6,
            "Tươi", 0.7, "Hòa", 1.2, "Huế", 0.7, "Thương", 1.0, "Ly", 1.0, "Thư", 1.2, "Nhạn", 0.3,
            "Lài", 0.3, "Yên", 0.3, "Vui", 0.4, "Na", 0.5, "Hiên", 0.5, "Châu", 0.8);

    /** Family names this common are not "rare" for the benchmark's rare-name searches. */
    private static final double RARE_SHARE = 0.01;

    static {
        for (Weighted<String> table : List.of(FAMILY, MIDDLE, GIVEN)) {
            for (String s : table.items()) {
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    throw new IllegalStateException("not NFC: " + s);
                }
            }
        }
    }

    private VietnameseNames() {
    }

    static String next(SplittableRandom random, int birthYear) {
        String family = FAMILY.next(random);
        String given = GIVEN.next(random);
        double thi = birthYear < 1975 ? 0.88 : birthYear < 1990 ? 0.72 : 0.45;
        String middle;
        if (random.nextDouble() < thi) {
            // "Nguyễn Thị Thu Hương": about one "Thị" name in six has a second middle name.
            middle = random.nextDouble() < 0.17 ? "Thị " + otherMiddle(random, given) : "Thị";
        } else {
            middle = otherMiddle(random, given);
        }
        return family + " " + middle + " " + given;
    }

    /** A middle name that is not the given name itself ("Thu Thu" is not a name). */
    private static String otherMiddle(SplittableRandom random, String given) {
        String m;
        do {
            m = MIDDLE.next(random);
        } while (m.equals(given));
        return m;
    }

    private static final Set<String> RARE_FAMILY_NAMES = FAMILY.items().stream().filter(f -> FAMILY.share(f) < RARE_SHARE)
            .collect(Collectors.toUnmodifiableSet());

    /** Family names that each make up less than 1 % of the population (for rare-name searches). */
    static Set<String> rareFamilyNames() {
        return RARE_FAMILY_NAMES;
    }
}
