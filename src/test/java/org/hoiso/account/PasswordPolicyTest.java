package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.hoiso.platform.web.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} for {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            short-pw          | lan.nguyen   | TOO_SHORT
            Ab3$xY9!          | lan.nguyen   | TOO_SHORT
            -                 | lan.nguyen   | TOO_SHORT
            aaaaaaaaaa        | lan.nguyen   | REPEATED
            ZZZZZZZZZZZZ      | lan.nguyen   | REPEATED
            abcabcabcabc      | lan.nguyen   | REPEATED
            1234567890        | lan.nguyen   | SEQUENCE
            0987654321        | lan.nguyen   | SEQUENCE
            abcdefghij        | lan.nguyen   | SEQUENCE
            qwertyuiop        | lan.nguyen   | SEQUENCE
            POIUYTREWQ        | lan.nguyen   | SEQUENCE
            1q2w3e4r5t        | lan.nguyen   | SEQUENCE
            0912 738 465      | lan.nguyen   | PHONE_NUMBER
            +84912738465      | lan.nguyen   | PHONE_NUMBER
            lan.nguyen2024    | lan.nguyen   | CONTAINS_USERNAME
            My-LAN.NGUYEN-pw  | lan.nguyen   | CONTAINS_USERNAME
            hoa-0912.345.678  | 0912345678   | CONTAINS_PHONE
            xin912345678chao  | 0912345678   | CONTAINS_PHONE
            password123       | lan.nguyen   | COMMON
            iloveyou2024!     | lan.nguyen   | COMMON
            matkhau123456     | lan.nguyen   | COMMON
            Mậtkhẩu@2025      | lan.nguyen   | COMMON
            anhyeuem1234      | lan.nguyen   | COMMON
            68686868686868    | lan.nguyen   | REPEATED
            sunshine!!!!      | lan.nguyen   | COMMON
            """)
    void refusesAndNamesTheReason(String password, String username, PasswordPolicy.Reason reason) {
        assertThat(PasswordPolicy.check(password, username)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mat-khau-cua-toi         | 0912345678
            test-password-123        | officer-00004-100001
            Hoa sen nở trên hồ 1975  | lan.nguyen
            k7mq2xp9r4ta             | lan.nguyen
            lan-ke-chuyen-xua        | lan.nguyen2
            """)
    void acceptsLongPasswordsThatAreNoneOfThese(String password, String username) {
        assertThat(PasswordPolicy.check(password, username)).isEmpty();
    }

    @Test
    void aPasswordOfExactlyTenCharactersIsLongEnoughAndOfNineIsNot() {
        assertThat(PasswordPolicy.check("k7mq2xp9r4", null)).isEmpty();
        assertThat(PasswordPolicy.check("k7mq2xp9r", null)).contains(PasswordPolicy.Reason.TOO_SHORT);
    }

    @Test
    void lengthCountsCharactersNotBytesSoVietnameseLettersCountOnce() {
        assertThat(PasswordPolicy.check("hồ-sen-nở", null)).contains(PasswordPolicy.Reason.TOO_SHORT);
        assertThat(PasswordPolicy.check("hồ-sen-nở!", null)).isEmpty();
    }

    @Test
    void theListHoldsTheTenThousandCommonPasswordsAndTheVietnameseOnes() {
        // "superman" (25th) and "dragon" (10th) are in the international list, "sobriety" near its end; "hoiphunu" is ours
        assertThat(PasswordPolicy.check("superman1234", null)).contains(PasswordPolicy.Reason.COMMON);
        assertThat(PasswordPolicy.check("sobriety2025", null)).contains(PasswordPolicy.Reason.COMMON);
        assertThat(PasswordPolicy.check("dragon20252025", null)).contains(PasswordPolicy.Reason.COMMON);
        assertThat(PasswordPolicy.check("hoiphunu2025", null)).contains(PasswordPolicy.Reason.COMMON);
    }

    @Test
    void aRefusalIsAnInvalidFieldWithTheReasonsCodeAndTheMinimumLength() {
        assertThatThrownBy(() -> PasswordPolicy.require("newPassword", "ngắn", "lan"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.fieldProblems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("newPassword");
                        assertThat(p.code()).isEqualTo("account.password.tooShort");
                        assertThat(p.args()).containsExactly(10);
                    });
                });
        assertThat(Optional.of(PasswordPolicy.Reason.COMMON).map(PasswordPolicy.Reason::code))
                .contains("account.password.common");
    }
}
