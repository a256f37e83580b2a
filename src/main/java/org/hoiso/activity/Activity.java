package org.hoiso.activity;

import java.time.OffsetDateTime;

/** An activity of "Chi hội số" (hoạt động): a meeting, a training, a campaign or volunteering, in person or online. */
public record Activity(long id, long unitId, String unitName, String kind, String title, String description,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String onlineUrl, String checkInCode,
        String status, String minutes, String createdBy, int yes, int no, int maybe, int attended) {

    public boolean held() {
        return "HELD".equals(status);
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
