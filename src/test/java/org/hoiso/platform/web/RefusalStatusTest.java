package org.hoiso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of refusal is answered with one HTTP status, the same in the API and on the pages. */
class RefusalStatusTest {

    @ParameterizedTest(name = "{0} is answered {1}")
    @CsvSource({
            "NOT_FOUND, 404",
            "FORBIDDEN, 403",
            "CONFLICT,  409",
            "INVALID,   422",
            "REFUSED,   400",
            "TOO_MANY,  429",
    })
    void aKindOfRefusalIsAnsweredWithItsStatus(DomainException.Kind kind, int status) {
        assertThat(RefusalStatus.of(kind).value()).isEqualTo(status);
    }

    @Test
    void theFactoriesSayWhatKindOfRefusalTheyMake() {
        assertThat(DomainException.notFound("x").kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(DomainException.forbidden("x").kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(DomainException.conflict("x").kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(DomainException.badRequest("x").kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(DomainException.invalid(List.of()).kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(DomainException.tooMany("x").kind()).isEqualTo(DomainException.Kind.TOO_MANY);
    }

    @Test
    void everyKindIsAClientError() {
        assertThat(Arrays.stream(DomainException.Kind.values()).map(RefusalStatus::of)).allMatch(s -> s.is4xxClientError());
    }
}
