package org.hoiso.skills.help;

import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.MenuSource;
import org.springframework.stereotype.Component;

/**
 * The menu's "Hỗ trợ số" entry ({@code help}): for an officer who may change a unit, and for a member only
 * while she is designated an ambassador or a community digital-team member.
 */
@Component
class HelpMenu implements MenuSource {

    private final HelpRepository repo;

    HelpMenu(HelpRepository repo) {
        this.repo = repo;
    }

    @Override
    public Map<String, Object> facts(Caller caller) {
        boolean shows = caller.isMember() ? repo.isDesignated(caller.memberId()) : !caller.writableUnits().isEmpty();
        return Map.of("help", shows);
    }
}
