package org.hoiso.safety;

/** The case worker's assessment of the danger (mức độ nguy cơ). */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, SEVERE
}
