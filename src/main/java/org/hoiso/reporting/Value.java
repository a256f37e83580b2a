package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.Objects;

/** A stored value: a number (yes/no as 1/0) or a text. */
public record Value(BigDecimal num, String txt) {

    public static Value of(BigDecimal num) {
        return new Value(num, null);
    }

    public static Value text(String txt) {
        return new Value(null, txt);
    }

    public boolean sameAs(Value other) {
        if (other == null) {
            return false;
        }
        boolean numSame = num == null ? other.num == null : other.num != null && num.compareTo(other.num) == 0;
        return numSame && Objects.equals(txt, other.txt);
    }

    /**
     * The value as exchanged with partner systems: plain decimal with a dot, true/false, or the text (also the "&lt;5"
     * a small sensitive number is shown as, see {@link SmallNumbers}).
     */
    public String plain(ValueType type) {
        if (type == ValueType.TEXT || (num == null && txt != null)) {
            return txt;
        }
        if (num == null) {
            return null;
        }
        if (type == ValueType.BOOLEAN) {
            return num.signum() != 0 ? "true" : "false";
        }
        return num.stripTrailingZeros().toPlainString();
    }
}
