package org.hoiso.reporting;

/**
 * Which tree an aggregate is read on. THEN: each report counts under the unit its own unit belonged to
 * when it was opened. TODAY: each report counts under the open unit that carries its unit's work today,
 * through the lineage of reorganisations (old Hậu Giang's 2024 figures under today's Cần Thơ).
 * Either way each report is counted once.
 */
public enum TreeView {
    THEN, TODAY
}
