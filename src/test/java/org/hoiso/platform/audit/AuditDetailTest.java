package org.hoiso.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An audit entry's detail never holds a CCCD or a phone number in full: long runs of digits keep their last three. */
class AuditDetailTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rows=12 masked q=001185000123            | rows=12 masked q=*********123
            cccd 079304001234, phone 0912345678       | cccd *********234, phone *******678
            old identity card 123456789               | old identity card ******789
            card 12345678 issued                      | card 12345678 issued
            import #42: 2025-07-01..2025-12-31 rows=7 | import #42: 2025-07-01..2025-12-31 rows=7
            a run of 0011850001234567 digits          | a run of *************567 digits
            """)
    void runsOfNineDigitsOrMoreKeepOnlyTheirLastThree(String detail, String stored) {
        assertThat(Audit.masked(detail)).isEqualTo(stored);
    }

    @Test
    void noDetailStaysNoDetail() {
        assertThat(Audit.masked(null)).isNull();
    }
}
