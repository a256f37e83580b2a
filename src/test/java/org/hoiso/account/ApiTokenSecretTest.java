package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ApiTokenSecretTest {

    @Test
    void aNewTokenIsHsAnd32RandomBytesInBase64Url() {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertThat(secret.reveal()).matches("hs_[A-Za-z0-9_-]{43}");
        assertThat(ApiTokenSecret.wellFormed(secret.reveal())).isTrue();
        assertThat(secret.prefix()).hasSize(8).isEqualTo(secret.reveal().substring(0, 8));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokenSecret.generate().reveal())).isTrue();
        }
    }

    @Test
    void storesOnlyTheSha256OfTheWholeToken() {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertThat(secret.hash()).matches("[0-9a-f]{64}").isEqualTo(ApiTokenSecret.hashOf(secret.reveal()))
                .doesNotContain(secret.reveal().substring(3));
        // the SHA-256 of "abc", so the hash is the standard one a partner or an auditor can recompute
        assertThat(ApiTokenSecret.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void neverShowsTheSecretWhenPrinted() {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertThat(secret.toString()).isEqualTo(secret.prefix() + "…").doesNotContain(secret.reveal());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("notTokens")
    void refusesWhatCannotBeAToken(String presented) {
        assertThat(ApiTokenSecret.wellFormed(presented)).isFalse();
    }

    static Stream<String> notTokens() {
        String body = "A".repeat(43);
        return Stream.of("hs_", "hs_short", "HS_" + body, "hs_" + body.substring(1) + "=", "hs_" + body + "A",
                "hs_" + body.substring(1) + "+", " hs_" + body, "gh_" + body, "Basic YWRtaW46YWRtaW4=");
    }

    @Test
    void acceptsTheFormatItself() {
        assertThat(ApiTokenSecret.wellFormed("hs_" + "A".repeat(43))).isTrue();
    }
}
