package org.hoiso.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A case as its case workers see it, opened from its sealed fields: the report, the consents, the case work, the
 * referrals and the story; "who opened this case" only for its owner. {@code steps} are the steps she may take now.
 */
public record CaseView(long id, String code, CaseKind kind, Channel channel, LocalDate happenedOn, Long moneyLost,
        String unitName, String handlingUnitName, boolean fromMember, ReportInput.Consents consents, OffsetDateTime consentAt,
        String description, String people, String place, String contact, List<String> identifiers, CaseStatus status,
        String ownerName, boolean mine, boolean supervising, RiskLevel risk, String assessment, String safetyPlan,
        OffsetDateTime receivedAt, OffsetDateTime closedAt, CloseOutcome outcome, boolean anonymised, List<Entry> entries,
        List<Evidence> evidence, List<Referral> referrals, List<Event> events, List<Access> accessLog, Set<String> steps,
        List<SupportServices.SupportService> services) {

    public record Entry(String kind, String text, String author, OffsetDateTime at) {
    }

    public record Evidence(long id, String contentType, int sizeBytes, boolean byReporter, OffsetDateTime addedAt) {
    }

    public record Referral(long id, String serviceName, ServiceKind serviceKind, String servicePhone, Purpose purpose,
            ReferralStatus status, LocalDate deadline, boolean overdue, String note, boolean override, String overrideReason,
            String requestedBy, String confirmedBy, OffsetDateTime createdAt, OffsetDateTime answeredAt, boolean mayConfirm,
            boolean mayAnswer) {
    }

    public record Event(String kind, String actor, OffsetDateTime at, String reason, String fromUnit, String toUnit) {
    }

    public record Access(OffsetDateTime at, String who, String action) {
    }

    /** Summary of a case in a list. */
    public record Summary(long id, String code, CaseKind kind, CaseStatus status, String unitName, String handlingUnitName,
            OffsetDateTime receivedAt, String ownerName, RiskLevel risk, boolean mine) {
    }
}
