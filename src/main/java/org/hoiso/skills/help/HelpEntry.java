package org.hoiso.skills.help;

import java.time.LocalDate;

/**
 * One help given, as entered: to a member ({@code memberId}) or to a citizen who is not one (name and
 * phone, only with {@code consent}). {@code note} is kept only for {@link HelpType#OTHER}.
 */
public record HelpEntry(Long unitId, LocalDate givenOn, String place, HelpType type, String note, Long memberId,
        String citizenName, String citizenPhone, boolean consent) {
}
