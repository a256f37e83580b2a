package org.hoiso.testing;

import org.hoiso.orgunit.OrgTreeLoader;

/**
 * The units tests use, by the official codes of the 2025 scheme that the real tree is loaded from
 * ({@code src/main/resources/orgunit/data/}), named after the unit. Tests share one database, so a test
 * that needs a commune of its own for counts picks one no other test uses.
 */
public final class Places {

    /** Hội Liên hiệp Phụ nữ Việt Nam, the root of the tree. */
    public static final String CENTRAL = OrgTreeLoader.CENTRAL_CODE;

    // ---- provinces (tỉnh, thành phố) since 1 July 2025

    /** Thành phố Hà Nội. */
    public static final String HA_NOI = "01";
    /** Tỉnh Quảng Ninh. */
    public static final String QUANG_NINH = "22";
    /** Thành phố Đà Nẵng (with the old Quảng Nam since 1 July 2025). */
    public static final String DA_NANG = "48";
    /** Thành phố Hồ Chí Minh (with the old Bình Dương and Bà Rịa - Vũng Tàu since 1 July 2025). */
    public static final String HO_CHI_MINH_CITY = "79";
    /**
     * Thành phố Cần Thơ; until 30 June 2025 the same code named the old, smaller Cần Thơ, which was merged with
     * Hậu Giang and Sóc Trăng into today's.
     */
    public static final String CAN_THO = "92";

    // ---- provinces closed on 30 June 2025

    /** Tỉnh Hậu Giang, merged into Thành phố Cần Thơ. */
    public static final String HAU_GIANG = "93";
    /** Tỉnh Sóc Trăng, merged into Thành phố Cần Thơ. */
    public static final String SOC_TRANG = "94";

    // ---- communes (xã, phường) of Hà Nội

    /** Phường Ba Đình, Hà Nội. */
    public static final String BA_DINH = "00004";
    /** Phường Ngọc Hà, Hà Nội. */
    public static final String NGOC_HA = "00008";
    /** Phường Giảng Võ, Hà Nội. */
    public static final String GIANG_VO = "00025";
    /** Phường Hoàn Kiếm, Hà Nội. */
    public static final String HOAN_KIEM = "00070";
    /** Phường Hồng Hà, Hà Nội (successor of the old Phường Phúc Xá, 00001). */
    public static final String HONG_HA = "00097";

    // ---- communes of Hà Nội for the member book and the import's tests (one test class each)

    /** Phường Tây Hồ, Hà Nội: the member book. */
    public static final String TAY_HO = "00103";
    /** Phường Nghĩa Đô, Hà Nội: imports with an unknown joining date. */
    public static final String NGHIA_DO = "00160";
    /** Phường Cầu Giấy, Hà Nội: the import's last mistakes (merged cells, footers, STT, …). */
    public static final String CAU_GIAY = "00166";
    /** Phường Láng, Hà Nội: the upload's safety (file permissions, retention, bombs). */
    public static final String LANG = "00199";
    /** Phường Kim Liên, Hà Nội: duplicates of the registry in an import, inside and outside the officer's reach. */
    public static final String KIM_LIEN = "00229";

    // ---- communes of other provinces

    /** Xã Bạch Đích, Tuyên Quang. */
    public static final String BACH_DICH = "00832";
    /** Xã Mậu Duệ, Tuyên Quang. */
    public static final String MAU_DUE = "00847";
    /** Tỉnh Lạng Sơn (accounts and sign-in tests). */
    public static final String LANG_SON = "20";
    /** Phường Đông Kinh, Lạng Sơn. */
    public static final String DONG_KINH = "05977";
    /** Phường Lương Văn Tri, Lạng Sơn. */
    public static final String LUONG_VAN_TRI = "05983";
    /** Phường Tam Thanh, Lạng Sơn. */
    public static final String TAM_THANH = "05986";
    /** Phường Hồng Bàng, Hải Phòng. */
    public static final String HONG_BANG = "11311";
    /** Phường Hải Vân, Đà Nẵng. */
    public static final String HAI_VAN = "20194";
    /** Phường Liên Chiểu, Đà Nẵng. */
    public static final String LIEN_CHIEU = "20197";
    /** Phường Thủ Dầu Một, Hồ Chí Minh City. */
    public static final String THU_DAU_MOT = "25747";
    /** Phường Cái Khế, Cần Thơ. */
    public static final String CAI_KHE = "31120";
    /** Phường Ninh Kiều, Cần Thơ. */
    public static final String NINH_KIEU = "31135";
    /** Phường Tân An, Cần Thơ. */
    public static final String TAN_AN = "31147";
    /** Phường An Bình, Cần Thơ. */
    public static final String AN_BINH = "31150";
    /** Phường Ô Môn, Cần Thơ. */
    public static final String O_MON = "31153";
    /** Phường Thới Long, Cần Thơ. */
    public static final String THOI_LONG = "31157";
    /** Phường Phước Thới, Cần Thơ. */
    public static final String PHUOC_THOI = "31162";
    /** Phường Bình Thuỷ, Cần Thơ. */
    public static final String BINH_THUY = "31168";
    /** Phường Thới An Đông, Cần Thơ. */
    public static final String THOI_AN_DONG = "31174";
    /** Phường Long Tuyền, Cần Thơ. */
    public static final String LONG_TUYEN = "31183";
    /** Phường Cái Răng, Cần Thơ. */
    public static final String CAI_RANG = "31186";

    // ---- Lai Châu and Điện Biên: the province-wide worklist and notices of reports (no other test reports there)

    /** Tỉnh Lai Châu. */
    public static final String LAI_CHAU = "12";
    /** Phường Đoàn Kết, Lai Châu. */
    public static final String DOAN_KET = "03388";
    /** Xã Bình Lư, Lai Châu. */
    public static final String BINH_LU = "03390";
    /** Xã Sin Suối Hồ, Lai Châu. */
    public static final String SIN_SUOI_HO = "03394";
    /** Xã Tả Lèng, Lai Châu. */
    public static final String TA_LENG = "03405";
    /** Phường Tân Phong, Lai Châu. */
    public static final String TAN_PHONG = "03408";
    /** Xã Bản Bo, Lai Châu. */
    public static final String BAN_BO = "03424";
    /** Xã Khun Há, Lai Châu. */
    public static final String KHUN_HA = "03430";
    /** Xã Bum Tở, Lai Châu. */
    public static final String BUM_TO = "03433";
    /** Xã Mù Cả, Lai Châu. */
    public static final String MU_CA = "03451";
    /** Xã Hua Bum, Lai Châu. */
    public static final String HUA_BUM = "03460";
    /** Xã Tà Tổng, Lai Châu. */
    public static final String TA_TONG = "03463";
    /** Tỉnh Điện Biên. */
    public static final String DIEN_BIEN = "11";
    /** Phường Điện Biên Phủ, Điện Biên. */
    public static final String DIEN_BIEN_PHU = "03127";
    /** Phường Mường Lay, Điện Biên. */
    public static final String MUONG_LAY = "03151";
    /** Xã Sín Thầu, Điện Biên. */
    public static final String SIN_THAU = "03158";

    // ---- Điện Biên, Thái Nguyên and Lạng Sơn: dated unit history, a member's life, people helped, old communes

    /** Xã Mường Nhé, Điện Biên (a member's dated unit history). */
    public static final String MUONG_NHE = "03160";
    /** Xã Nậm Kè, Điện Biên (a member's dated unit history). */
    public static final String NAM_KE = "03162";
    /** Xã Mường Toong, Điện Biên (attendance as of the day). */
    public static final String MUONG_TOONG = "03163";
    /** Xã Quảng Lâm, Điện Biên (attendance as of the day). */
    public static final String QUANG_LAM = "03164";
    /** Xã Mường Chà, Điện Biên (a member's life reaching other modules). */
    public static final String MUONG_CHA = "03166";
    /** Xã Nà Hỳ, Điện Biên (a member's life reaching other modules). */
    public static final String NA_HY = "03169";
    /** Xã Na Sang, Điện Biên (people helped counted once above the commune). */
    public static final String NA_SANG = "03172";
    /** Xã Chà Tở, Điện Biên (people helped counted once above the commune). */
    public static final String CHA_TO = "03175";
    /** Xã Tân Kỳ, Thái Nguyên; until 30 June 2025 the same code named the old Xã Cao Kỳ of Bắc Kạn. */
    public static final String TAN_KY = "02104";
    /** Xã Đình Lập, Lạng Sơn (a successor of the old Xã Bính Xá). */
    public static final String DINH_LAP = "06613";
    /** Xã Kiên Mộc, Lạng Sơn (successor of part of the old Xã Bính Xá and of part of the old Xã Kiên Mộc, same code). */
    public static final String KIEN_MOC = "06625";
    /** Xã Châu Sơn, Lạng Sơn (a successor of the old Xã Kiên Mộc). */
    public static final String CHAU_SON = "06637";

    // ---- communes of Huế and Quảng Ninh (the trust tests: audit, CCCD look-ups, the help log's retention)

    // ---- Huế: the safety module's tests (cases, indicators, warnings; no other test uses them)

    /** Thành phố Huế. */
    public static final String HUE = "46";
    /** Phường Phú Xuân, Huế. */
    public static final String PHU_XUAN = "19753";
    /** Phường Kim Long, Huế. */
    public static final String KIM_LONG = "19774";
    /** Phường Vỹ Dạ, Huế. */
    public static final String VY_DA = "19777";
    /** Phường Thuận Hoá, Huế. */
    public static final String THUAN_HOA = "19789";
    /** Phường Hương An, Huế. */
    public static final String HUONG_AN = "19804";
    /** Phường Hà Tu, Quảng Ninh. */
    public static final String HA_TU = "06652";
    /** Phường Cao Xanh, Quảng Ninh. */
    public static final String CAO_XANH = "06658";
    // ---- Thanh Hoá: the places of the phone, unit-picker, activity and member-side tests

    /** Tỉnh Thanh Hoá. */
    public static final String THANH_HOA = "38";
    /** Phường Hàm Rồng, Thanh Hoá. */
    public static final String HAM_RONG = "14758";
    /** Phường Hạc Thành, Thanh Hoá. */
    public static final String HAC_THANH = "14797";
    /** Phường Bỉm Sơn, Thanh Hoá. */
    public static final String BIM_SON = "14812";
    /** Xã Mường Lát, Thanh Hoá. */
    public static final String MUONG_LAT = "14845";
    /** Xã Tam Chung, Thanh Hoá. */
    public static final String TAM_CHUNG = "14848";
    /** Xã Mường Lý, Thanh Hoá. */
    public static final String MUONG_LY = "14854";
    /** Xã Trung Lý, Thanh Hoá. */
    public static final String TRUNG_LY = "14857";

    /** Phường Thuỷ Xuân, Huế. */
    public static final String THUY_XUAN = "19813";
    /** Phường An Cựu, Huế. */
    public static final String AN_CUU = "19815";
    /** Phường Phong Điền, Huế. */
    public static final String PHONG_DIEN = "19819";
    /** Phường Phong Phú, Huế. */
    public static final String PHONG_PHU = "19828";
    // ---- the digital market's tests (Lâm Đồng, with the old Bình Thuận since 1 July 2025; Khánh Hoà)

    /** Tỉnh Lâm Đồng. */
    public static final String LAM_DONG = "68";
    /** Phường Mũi Né, Lâm Đồng. */
    public static final String MUI_NE = "22918";
    /** Phường Phú Thuỷ, Lâm Đồng. */
    public static final String PHU_THUY = "22924";
    /** Phường Hàm Thắng, Lâm Đồng. */
    public static final String HAM_THANG = "22933";
    /** Phường Phan Thiết, Lâm Đồng. */
    public static final String PHAN_THIET = "22945";
    /** Phường Tiến Thành, Lâm Đồng. */
    public static final String TIEN_THANH = "22954";
    /** Xã Liên Hương, Lâm Đồng. */
    public static final String LIEN_HUONG = "22969";
    /** Tỉnh Khánh Hoà. */
    public static final String KHANH_HOA = "56";
    /** Phường Nha Trang, Khánh Hoà. */
    public static final String NHA_TRANG = "22366";
    /** Phường Tây Nha Trang, Khánh Hoà (its market counts are asserted: no other test uses it). */
    public static final String TAY_NHA_TRANG = "22390";

    // ---- communes closed on 30 June 2025

    /** Phường Tân Định of Hồ Chí Minh City before 1 July 2025 (today's Phường Tân Định is 26737). */
    public static final String OLD_TAN_DINH = "26734";
    /** Xã Bính Xá of Lạng Sơn before 1 July 2025, split between today's Đình Lập and Kiên Mộc. */
    public static final String OLD_BINH_XA = "06622";

    private Places() {
    }
}
