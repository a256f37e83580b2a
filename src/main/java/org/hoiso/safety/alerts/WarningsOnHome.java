package org.hoiso.safety.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.MemberHomeSection;
import org.hoiso.platform.web.Messages;
import org.springframework.stereotype.Component;

/** The member's home page shows her current warnings, the unread count beside their heading. */
@Component
class WarningsOnHome implements MemberHomeSection {

    private static final int LINES = 5;

    private final Warnings warnings;
    private final Messages messages;

    WarningsOnHome(Warnings warnings, Messages messages) {
        this.warnings = warnings;
        this.messages = messages;
    }

    @Override
    public Optional<Block> forMember(Caller member, Locale locale) {
        List<Warnings.MemberWarning> current = warnings.forMember(member, locale);
        long unread = current.stream().filter(w -> !w.opened()).count();
        List<Line> lines = current.stream().limit(LINES).map(w -> new Line(w.title(), "/me/warnings/" + w.id(), !w.opened()))
                .toList();
        return Optional.of(new Block("my-warnings", messages.get(locale, "safety.warnings.mine"), "/me/warnings", unread, lines));
    }
}
