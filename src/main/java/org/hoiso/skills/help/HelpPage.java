package org.hoiso.skills.help;

import java.util.List;
import java.util.Map;

/** A page of the log with the counts by type of the whole range; {@code next} is null on the last page. */
public record HelpPage(List<HelpRecord> items, Map<HelpType, Long> counts, String next) {
}
