package org.hoiso.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A valid report, changed field by field: {@code AReport.scam(communeId).phone("0912…").input()}. */
public final class AReport {

    private CaseKind kind;
    private Channel channel = Channel.PHONE_CALL;
    private LocalDate happenedOn;
    private Long communeId;
    private String place;
    private final List<String> phones = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private String bin;
    private String account;
    private String vietQr;
    private Long moneyLost;
    private String description = "Một người gọi xưng là công an, yêu cầu chuyển tiền để \"xác minh\".";
    private String people;
    private String contact;
    private ReportInput.Consents consents = new ReportInput.Consents(true, false, false, false, true);
    private boolean anonymous;
    private final List<ReportInput.Upload> screenshots = new ArrayList<>();

    private AReport(CaseKind kind, long communeId) {
        this.kind = kind;
        this.communeId = communeId;
    }

    public static AReport scam(long communeId) {
        return new AReport(CaseKind.SCAM_IMPERSONATION, communeId);
    }

    public static AReport harassment(long communeId) {
        return new AReport(CaseKind.HARASSMENT, communeId).channel(Channel.SOCIAL_NETWORK)
                .describedAs("Một tài khoản lạ nhắn tin đe doạ và gửi ảnh của tôi cho người quen.");
    }

    public static AReport violence(long communeId) {
        return new AReport(CaseKind.VIOLENCE_FAMILY, communeId).channel(Channel.IN_PERSON)
                .describedAs("Chồng tôi đánh tôi nhiều lần trong tháng này.");
    }

    public AReport kind(CaseKind k) {
        this.kind = k;
        return this;
    }

    public AReport channel(Channel c) {
        this.channel = c;
        return this;
    }

    public AReport on(LocalDate d) {
        this.happenedOn = d;
        return this;
    }

    public AReport inCommune(Long id) {
        this.communeId = id;
        return this;
    }

    public AReport place(String p) {
        this.place = p;
        return this;
    }

    public AReport phone(String p) {
        phones.add(p);
        return this;
    }

    public AReport link(String l) {
        links.add(l);
        return this;
    }

    public AReport account(String bankBin, String number) {
        this.bin = bankBin;
        this.account = number;
        return this;
    }

    public AReport vietQr(String payload) {
        this.vietQr = payload;
        return this;
    }

    public AReport lost(long amount) {
        this.moneyLost = amount;
        return this;
    }

    public AReport describedAs(String d) {
        this.description = d;
        return this;
    }

    public AReport naming(String p) {
        this.people = p;
        return this;
    }

    public AReport contact(String c) {
        this.contact = c;
        return this;
    }

    public AReport consents(boolean counselling, boolean police, boolean health, boolean legal, boolean statistics) {
        this.consents = new ReportInput.Consents(counselling, police, health, legal, statistics);
        return this;
    }

    public AReport withoutMyName() {
        this.anonymous = true;
        return this;
    }

    public AReport screenshot(String name, byte[] bytes) {
        screenshots.add(new ReportInput.Upload(name, bytes));
        return this;
    }

    public ReportInput input() {
        return new ReportInput(kind, channel, happenedOn, communeId, place, String.join("\n", phones), String.join("\n", links),
                bin, account, vietQr, moneyLost, description, people, contact, consents, anonymous, screenshots);
    }

    /** The smallest PNG header a screenshot needs to be taken for one (the bytes are checked, not decoded). */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    }
}
