package org.hoiso.reporting;

/** What an indicator's value is. Percentages are 0–100; yes/no is stored as 1/0 so it can be summed. */
public enum ValueType {
    INTEGER, DECIMAL, PERCENTAGE, BOOLEAN, TEXT;

    public boolean numeric() {
        return this != TEXT;
    }
}
