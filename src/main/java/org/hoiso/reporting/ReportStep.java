package org.hoiso.reporting;

import static org.hoiso.reporting.ReportStatus.APPROVED;
import static org.hoiso.reporting.ReportStatus.DRAFT;
import static org.hoiso.reporting.ReportStatus.RETURNED;
import static org.hoiso.reporting.ReportStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/**
 * The steps of a report's life (các bước của báo cáo), the one place that says who may move a report
 * where: for each step, the statuses it is taken from, the status it leads to, the event it leaves in the
 * report's story ({@code rpt_report_event}), who may take it, and the refusal when the report is not in a
 * status the step is taken from.
 *
 * <pre>
 *   DRAFT, RETURNED ──SAVE──► (stays)
 *   DRAFT, RETURNED ──SUBMIT──► SUBMITTED ──APPROVE──► APPROVED ──REOPEN──► DRAFT (the next revision)
 *                               SUBMITTED ──RETURN───► RETURNED
 * </pre>
 *
 * The unit's writer (an officer of the unit or of a unit above it) saves and submits; the approver, who
 * may change the unit above, approves, returns and reopens. An approver's writing reaches the whole
 * subtree, so she may also save and submit a report of a unit below her. Opening a report is its birth (a
 * draft, event {@link #OPENED}), no step from a status; a file import is a save (event {@link #IMPORTED}),
 * followed by a submit when the import submits.
 */
public enum ReportStep {

    /** Values typed or imported are kept; the status stays. */
    SAVE(Taker.UNIT_WRITER, EnumSet.of(DRAFT, RETURNED), null, null,
            ReportStep::withTheLevelAbove, "report.changedMeanwhile", null),
    /** The unit hands the report to the level above. */
    SUBMIT(Taker.UNIT_WRITER, EnumSet.of(DRAFT, RETURNED), SUBMITTED, "SUBMITTED",
            ReportStep::withTheLevelAbove, "report.changedMeanwhile", null),
    /** The level above accepts it, which locks it. */
    APPROVE(Taker.APPROVER, EnumSet.of(SUBMITTED), APPROVED, "APPROVED",
            status -> "report.notSubmitted", "report.changedMeanwhile", null),
    /** The level above sends it back with a comment saying what to fix. */
    RETURN(Taker.APPROVER, EnumSet.of(SUBMITTED), RETURNED, "RETURNED",
            status -> "report.notSubmitted", "report.changedMeanwhile", "report.returnReason"),
    /** A correction: the level above opens an approved report again as a draft of the next revision. */
    REOPEN(Taker.APPROVER, EnumSet.of(APPROVED), DRAFT, "REOPENED",
            status -> "report.notApproved", "report.changedMeanwhile", "report.reopenReason");

    /** The event of a report's birth: opened as a draft. */
    public static final String OPENED = "OPENED";
    /** The event of a save by file import. */
    public static final String IMPORTED = "IMPORTED";
    /** The longest comment a step keeps. */
    static final int MAX_COMMENT = 2000;

    private final Taker taker;
    private final Set<ReportStatus> from;
    private final ReportStatus to;
    private final String event;
    private final Function<ReportStatus, String> refusalIn;
    private final String movedMeanwhile;
    private final String commentRequired;

    ReportStep(Taker taker, Set<ReportStatus> from, ReportStatus to, String event, Function<ReportStatus, String> refusalIn,
            String movedMeanwhile, String commentRequired) {
        this.taker = taker;
        this.from = Set.copyOf(from);
        this.to = to;
        this.event = event;
        this.refusalIn = refusalIn;
        this.movedMeanwhile = movedMeanwhile;
        this.commentRequired = commentRequired;
    }

    /** Who may take the step. */
    public Taker taker() {
        return taker;
    }

    /** The statuses the step is taken from. */
    public Set<ReportStatus> from() {
        return from;
    }

    /** Whether the step may be taken from a status. */
    public boolean takenFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** The status the step leads to from one it is taken from (a save keeps it). */
    public ReportStatus next(ReportStatus status) {
        return to == null ? status : to;
    }

    /** The status a moving step leads to; a save moves nothing. */
    public ReportStatus target() {
        if (to == null) {
            throw new IllegalStateException(this + " keeps the status");
        }
        return to;
    }

    /** The kind of event the step leaves in the report's story; none for a save. */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /** Why the caller may not take the step, if she may not. */
    public Optional<Refusal> refusalOf(Reach reach) {
        return taker.refusalOf(reach);
    }

    /** Why the step may not be taken from a status, if it may not. */
    public Optional<Refusal> refusalIn(ReportStatus status) {
        return takenFrom(status) ? Optional.empty() : Optional.of(new Refusal(Refusal.Kind.NOT_NOW, refusalIn.apply(status)));
    }

    /**
     * The refusal when the report changed between reading it and taking the step while staying in a status the
     * step is taken from (a report that moved elsewhere gets {@link #refusalIn}).
     */
    public Refusal movedMeanwhile() {
        return new Refusal(Refusal.Kind.NOT_NOW, movedMeanwhile);
    }

    /** Who first, then when: the status the step leads to, or why it is refused. */
    public Decision decide(ReportStatus status, Reach reach) {
        Optional<Refusal> refusal = refusalOf(reach).or(() -> refusalIn(status));
        return refusal.map(Decision::refused).orElseGet(() -> Decision.leadsTo(next(status)));
    }

    /** Whether the caller may take the step on a report in this status. */
    public boolean allows(ReportStatus status, Reach reach) {
        return decide(status, reach).allowed();
    }

    /**
     * The comment the step keeps, stripped: returning and reopening require one (up to 2,000 characters),
     * the other steps keep none.
     */
    public String comment(String given) {
        if (commentRequired == null) {
            return null;
        }
        String c = given == null ? "" : given.strip();
        if (c.isEmpty() || c.length() > MAX_COMMENT) {
            throw DomainException.invalid(List.of(FieldProblem.of("comment", commentRequired)));
        }
        return c;
    }

    /** A report the unit may no longer change is either locked by approval or waiting for it. */
    private static String withTheLevelAbove(ReportStatus status) {
        return status == APPROVED ? "report.locked" : "report.awaitingApproval";
    }

    /** Who may take a step. */
    public enum Taker {
        /** Whoever may change the report's unit: its officers and those of the units above it. */
        UNIT_WRITER,
        /** Whoever may change the unit above the report's unit: the level that approves. */
        APPROVER;

        Optional<Refusal> refusalOf(Reach reach) {
            return switch (this) {
                case UNIT_WRITER -> reach.writesUnit() ? Optional.empty() : Optional.of(Refusal.notAllowed("unit.outOfScope"));
                case APPROVER -> !reach.readsUnit()
                        ? Optional.of(Refusal.notAllowed("unit.outOfScope"))
                        : reach.writesParent() ? Optional.empty() : Optional.of(Refusal.notAllowed("report.notApprover"));
            };
        }
    }

    /**
     * What the caller's role assignments reach from the report's unit. A step asks only what its taker
     * needs, so an implementation may look each answer up when asked.
     */
    public interface Reach {
        boolean readsUnit();

        boolean writesUnit();

        boolean writesParent();

        static Reach of(boolean readsUnit, boolean writesUnit, boolean writesParent) {
            return new Known(readsUnit, writesUnit, writesParent);
        }

        /** Answers known beforehand. */
        record Known(boolean readsUnit, boolean writesUnit, boolean writesParent) implements Reach {
        }
    }

    /** A step refused: not hers to take (403), or not from the report's status (409). */
    public record Refusal(Kind kind, String code) {

        public enum Kind {
            NOT_ALLOWED, NOT_NOW
        }

        static Refusal notAllowed(String code) {
            return new Refusal(Kind.NOT_ALLOWED, code);
        }

        public DomainException exception() {
            return kind == Kind.NOT_ALLOWED ? DomainException.forbidden(code) : DomainException.conflict(code);
        }
    }

    /** Where a step leads, or why it is refused. */
    public record Decision(ReportStatus leadsTo, Refusal refusal) {

        static Decision leadsTo(ReportStatus status) {
            return new Decision(status, null);
        }

        static Decision refused(Refusal refusal) {
            return new Decision(null, refusal);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }
}
