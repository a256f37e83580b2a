package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComputedSourceTest {

    @ParameterizedTest
    @CsvSource({"members.active, REGISTRY", "members.byEthnicGroup, REGISTRY", "activity.attendanceRate, ACTIVITIES",
            "skills.help.byType, HELP_LOG", "skills.help.people, HELP_LOG", "skills.lessons.completed, LESSONS",
            "skills.certificates, LESSONS", "market.shops, OTHER", "'', OTHER"})
    void aComputedKeyNamesTheBookItIsCountedFrom(String key, ComputedSource source) {
        assertThat(ComputedSource.of(key)).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource({"REGISTRY, report.source.REGISTRY", "HELP_LOG, report.source.HELP_LOG"})
    void eachSourceHasAMessageForItsName(ComputedSource source, String code) {
        assertThat(source.messageCode()).isEqualTo(code);
        assertThat(ComputedSource.of(null)).isEqualTo(ComputedSource.OTHER);
    }
}
