package org.hoiso.reporting;

/** How an indicator's values of several units combine into the value of the unit above them. */
public enum Aggregation {
    SUM, AVERAGE, MIN, MAX, NONE
}
