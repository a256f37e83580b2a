package org.hoiso.intake;

import java.util.ArrayList;
import java.util.List;
import org.hoiso.tables.TableRow;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading a file noticed that is no problem of a member row, told to the officer above the counts:
 * the footer under the table (signatures, dates, totals) skipped. Stored with the job as JSON.
 */
final class Notices {

    private long footerFirst = -1;
    private long footerLast;
    private long footerRows;
    private String footerSample;

    /** A footer row skipped. */
    void footer(TableRow row) {
        if (footerFirst < 0) {
            footerFirst = row.number();
            footerSample = FooterLines.sample(row);
        }
        footerLast = row.number();
        footerRows++;
    }

    /** Footer rows skipped so far. */
    long footerRows() {
        return footerRows;
    }

    List<ImportNotice> list() {
        List<ImportNotice> out = new ArrayList<>(1);
        if (footerRows > 0) {
            out.add(footerFirst == footerLast
                    ? new ImportNotice("intake.notice.footerOne", List.of(Long.toString(footerFirst), footerSample))
                    : new ImportNotice("intake.notice.footer", List.of(Long.toString(footerFirst), Long.toString(footerLast),
                            Long.toString(footerRows), footerSample)));
        }
        return out;
    }

    /** The notices as stored with the job, or null when there are none. */
    String json(JsonMapper json) {
        List<ImportNotice> all = list();
        return all.isEmpty() ? null : json.writeValueAsString(all);
    }

    /** Notices stored with a job. */
    static List<ImportNotice> read(JsonMapper json, String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<ImportNotice>>() {
        });
    }
}
