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

    // ---- communes of other provinces

    /** Xã Bạch Đích, Tuyên Quang. */
    public static final String BACH_DICH = "00832";
    /** Xã Mậu Duệ, Tuyên Quang. */
    public static final String MAU_DUE = "00847";
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

    private Places() {
    }
}
