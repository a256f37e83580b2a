package org.hoiso.intake;

import java.util.List;

/**
 * A column an import understands, with the headings officers give it. Headings are compared folded
 * (lower case, no diacritics, "đ" as "d", punctuation as spaces), so "Họ và tên", "HO VA TEN" and
 * "ho_va_ten" are one heading. The export writes {@link #heading} (Vietnamese) so it re-imports.
 */
public enum ImportField {
    FULL_NAME(true, "Họ và tên", "ho va ten", "ho ten", "ho va ten hoi vien", "ten hoi vien", "hoi vien", "full name", "name",
            "ho ten hoi vien", "ho va ten day du"), BIRTH_DATE(true, "Ngày sinh", "ngay sinh", "ngay thang nam sinh",
                    "ngay thang nam sinh dd mm yyyy", "sinh ngay",
                    "date of birth", "birth date", "birthdate", "dob"), NATIONAL_ID(true, "Số CCCD", "so cccd", "cccd",
                            "so can cuoc", "can cuoc", "can cuoc cong dan", "so can cuoc cong dan",
                            "so dinh danh", "so dinh danh ca nhan", "ma dinh danh", "ma so dinh danh", "so cmnd cccd",
                            "cmnd cccd", "cccd cmnd",
                            "so cccd cmnd", "national id", "citizen id", "id number", "identity number"), PHONE(false,
                                    "Số điện thoại", "so dien thoai", "dien thoai", "sdt", "so dt", "dt", "di dong", "so di dong",
                                    "phone", "phone number", "mobile"), ADDRESS(false, "Địa chỉ", "dia chi", "noi o",
                                            "noi o hien nay", "cho o hien nay", "dia chi thuong tru", "noi cu tru",
                                            "address",
                                            // where she lives in the village: proposed as her address
                                            "thon xom", "thon", "xom", "ap", "ban", "thon ban", "thon ap",
                                            "thon xom ap", "thon xom ban", "khu pho", "to dan pho", "thon to dan pho",
                                            "village"), ETHNICITY(false, "Dân tộc", "dan toc", "ethnicity",
                                                    "ethnic group"), CONSENT_DATE(false, "Ngày đồng ý dữ liệu nhạy cảm",
                                                            "ngay dong y du lieu nhay cam", "ngay dong y", "consent date",
                                                            "sensitive data consent"), UNIT_CODE(false, "Mã đơn vị", "ma don vi",
                                                                    "unit code"), COMMUNE(false, "Xã/Phường", "xa phuong", "xa",
                                                                            "phuong", "xa phuong dac khu", "co so hoi",
                                                                            "hoi co so", "don vi co so",
                                                                            "commune", "ward", "commune ward"), BRANCH(false,
                                                                                    "Chi hội", "chi hoi", "ten chi hoi",
                                                                                    "chi hoi phu nu", "branch"), JOINED_ON(false,
                                                                                            "Ngày vào Hội", "ngay vao hoi",
                                                                                            "ngay ket nap", "ngay gia nhap",
                                                                                            "ngay vao", "joined on",
                                                                                            "date joined",
                                                                                            "joined"), POSITION(false, "Chức vụ",
                                                                                                    "chuc vu",
                                                                                                    "chuc vu trong hoi",
                                                                                                    "position"), HAS_SMARTPHONE(
                                                                                                            false,
                                                                                                            "Điện thoại thông minh",
                                                                                                            "dien thoai thong minh",
                                                                                                            "co dien thoai thong minh",
                                                                                                            "smartphone"), VNEID_LEVEL(
                                                                                                                    false,
                                                                                                                    "Mức VNeID",
                                                                                                                    "muc vneid",
                                                                                                                    "vneid",
                                                                                                                    "tai khoan vneid",
                                                                                                                    "dinh danh dien tu",
                                                                                                                    "vneid level"), HAS_EWALLET(
                                                                                                                            false,
                                                                                                                            "Ví điện tử",
                                                                                                                            "vi dien tu",
                                                                                                                            "co vi dien tu",
                                                                                                                            "e wallet",
                                                                                                                            "ewallet"), DIGITAL_SKILL(
                                                                                                                                    false,
                                                                                                                                    "Kỹ năng số",
                                                                                                                                    "ky nang so",
                                                                                                                                    "muc ky nang so",
                                                                                                                                    "digital skill",
                                                                                                                                    "digital skills"),
    /** The file's own row number (STT): not stored, named in messages beside the sheet's row number. */
    SEQUENCE(false, "STT", "stt", "so tt", "so thu tu", "tt", "thu tu", "no", "seq");

    private final boolean required;
    private final String heading;
    private final List<String> synonyms;

    ImportField(boolean required, String heading, String... synonyms) {
        this.required = required;
        this.heading = heading;
        this.synonyms = List.of(synonyms);
    }

    /** Without it no row can be imported. */
    public boolean required() {
        return required;
    }

    /** The heading the export writes (Vietnamese). */
    public String heading() {
        return heading;
    }

    /** Folded headings recognised for this field. */
    public List<String> synonyms() {
        return synonyms;
    }
}
