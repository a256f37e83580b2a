/**
 * Protection from online scams, harassment and violence (an toàn trên không gian mạng và phòng, chống bạo lực):
 * reports from members and from anyone without an account, confidential case work by designated case workers,
 * scam indicators that the public can check before a transfer, and warnings that flow down the union's tree.
 *
 * <h2>Plan</h2>
 * <ul>
 * <li><b>Data</b> (migrations {@code db/migration/safety/V90–V92}): {@code safety_case} is one report and the case
 * work on it (kind, channel, date, commune, money lost, consents per purpose, status, owner, risk level; the
 * description, people named, place, contact, assessment and safety plan are {@code bytea} sealed with AES-256-GCM
 * by {@link org.hoiso.safety.SafetyCipher}, bound to the case code and the field); {@code safety_case_entry}
 * (notes, the reporter's additions, replies to her), {@code safety_evidence} (sealed JPEG/PNG screenshots),
 * {@code safety_case_event} (what happened, with sealed reasons), {@code safety_case_access} ("who opened this
 * case"), {@code safety_referral} and {@code safety_service} (the directory), {@code safety_case_worker}
 * (designations); {@code safety_indicator} and {@code safety_indicator_report} (normalised identifiers, their
 * reports and distinct reporters); {@code safety_rate} and {@code safety_form_token} (anti-flood);
 * {@code safety_warning}, {@code safety_warning_indicator}, {@code safety_warning_member} (alerts).</li>
 * <li><b>Confidentiality in SQL</b>: every query of cases that a person runs goes through the database function
 * {@code safety_visible_cases(viewer)}, which joins her open case-worker designations with the tree (a designation
 * reaches the subtree of its unit); {@link org.hoiso.safety.CaseRepository} names no case table without it
 * ({@code CaseQueriesAreScopedTest}). A case that is not visible answers 404 like one that does not exist; the
 * list, counts and search of a non-case-worker are empty (404 pages). Case reads are logged in
 * {@code safety_case_access}, never in the platform audit log, and shown to the case's owner only. The public
 * paths (report, follow-up by code and PIN, check) read a case only by its code with a matching PIN
 * ({@link org.hoiso.safety.ReporterRepository}); statistics read counts and never a sealed column.</li>
 * <li><b>Who</b>: a province or national administrator designates case workers (cán bộ xử lý vụ việc) and
 * supervising case workers among officers ({@link org.hoiso.safety.CaseWorkers}). A case is owned by one case
 * worker; {@link org.hoiso.safety.CaseStep} says who takes which step from which status (take, escalate with a
 * reason up the tree, close, ask to close a violence case, a supervisor's approval or refusal);
 * {@link org.hoiso.safety.ReferralStep} the referrals (refused without the matching consent; an override with a
 * reason waits for a second case worker's confirmation; accepted or declined by the service; a deadline).</li>
 * <li><b>Public pages</b> (no login; {@code SecurityConfig} permits exactly these): {@code /safety/report} (one
 * form, phone first, emergency numbers on every page), {@code /safety/follow} (code and PIN: status, replies, add
 * text or screenshots, ask for deletion), {@code /safety/check} ("check before you transfer"). Anti-flood without
 * captcha: a signed, time-stamped, single-use form token that must be a few seconds old
 * ({@link org.hoiso.safety.FormTokens}), per-address, per-account and global rate limits kept in PostgreSQL
 * ({@link org.hoiso.safety.Floodgate}), size limits, PIN attempts limited per code and per address.</li>
 * <li><b>Identifiers</b> ({@link org.hoiso.safety.identifiers}): phones to +84 (the 2018 retired prefixes mapped),
 * bank accounts as BIN + account, links to registered domain + path (public-suffix list), social profiles to their
 * canonical URL; a pasted VietQR is decoded by {@code market.vietqr}. One indicator per identifier, shown publicly
 * from {@code hoiso.safety.public-threshold} distinct reporters or once verified; officers mark one false.</li>
 * <li><b>Alerts</b> ({@link org.hoiso.safety.alerts}): a province or national officer writes a warning for a subtree,
 * an administrator of it (not the author) approves it; members see it on their home page (platform's
 * {@code MemberHomeSection}) with an unread count and get it by e-mail through the outbox; officers see how many
 * members it reached and how many opened it.</li>
 * <li><b>Figures</b>: {@link org.hoiso.safety.SafetyIndicators} answers the report forms' computed indicators
 * (scam reports, money lost, harassment and violence cases opened, referred and closed) from counts only; the
 * reporting module shows an indicator marked sensitive as "&lt;5" below five wherever it leaves the case workers.</li>
 * <li><b>Retention</b>: a daily job anonymises closed cases after {@code hoiso.safety.retention-days}; the reporter's
 * deletion through her code and PIN anonymises at once. Settings: {@link org.hoiso.safety.SafetyProperties}.</li>
 * </ul>
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "account", "market :: vietqr"})
package org.hoiso.safety;

import org.springframework.modulith.ApplicationModule;
