-- The day a unit starts reporting in hoiso (ngày bắt đầu báo cáo), for every form (form_id NULL) or one
-- form, set by the level above. A unit owes the periods that end on or after it; without one the form's
-- first period counts. A date set on a unit holds for the units below it that have none of their own.
CREATE TABLE rpt_start (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id   bigint NOT NULL REFERENCES org_unit,
    form_id   bigint REFERENCES rpt_form,
    starts_on date   NOT NULL,
    set_by    text   NOT NULL,
    set_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX rpt_start_once ON rpt_start (unit_id, coalesce(form_id, 0));
