-- Periodic reports (the reporting module): indicators defined once, forms that group them, one report
-- per form, unit and period, its values, and every change kept.

-- Disaggregation: a dimension (e.g. age band) and its categories. A disaggregated indicator has one value
-- per category; the empty category '' is the value of an indicator that is not disaggregated.
CREATE TABLE rpt_dimension (
    code    text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_vi text NOT NULL,
    name_en text NOT NULL
);
CREATE TABLE rpt_category (
    dimension_code text NOT NULL REFERENCES rpt_dimension,
    code           text NOT NULL CHECK (code ~ '^[A-Za-z0-9_]{1,40}$'),
    name_vi        text NOT NULL,
    name_en        text NOT NULL,
    position       int  NOT NULL,
    PRIMARY KEY (dimension_code, code)
);

CREATE TABLE rpt_indicator (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    name_vi        text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
    name_en        text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    description_vi text,
    description_en text,
    value_type     text NOT NULL CHECK (value_type IN ('INTEGER', 'DECIMAL', 'PERCENTAGE', 'BOOLEAN', 'TEXT')),
    aggregation    text NOT NULL CHECK (aggregation IN ('SUM', 'AVERAGE', 'MIN', 'MAX', 'NONE')),
    dimension_code text REFERENCES rpt_dimension,
    -- MANUAL: typed or imported; COMPUTED: calculated from the registry by a definition in code (computed_key).
    source         text NOT NULL CHECK (source IN ('MANUAL', 'COMPUTED')),
    computed_key   text,
    unit_vi        text,
    unit_en        text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((source = 'COMPUTED') = (computed_key IS NOT NULL)),
    CHECK (value_type NOT IN ('BOOLEAN', 'TEXT') OR aggregation IN ('NONE', 'SUM'))
);

CREATE TABLE rpt_form (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_vi       text NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 300),
    name_en       text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    periodicity   text NOT NULL CHECK (periodicity IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'YEARLY')),
    -- The level of the units that fill it (COMMUNE, PROVINCE…); the level above approves.
    level_code    text NOT NULL REFERENCES org_level,
    -- The deadline is this many days after the period's last day (15 = the 15th of the next month).
    deadline_days int  NOT NULL DEFAULT 15 CHECK (deadline_days BETWEEN 0 AND 120),
    -- The first period the form is due for; nothing is "overdue" before it.
    first_period  date NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rpt_form_item (
    form_id      bigint NOT NULL REFERENCES rpt_form,
    indicator_id bigint NOT NULL REFERENCES rpt_indicator,
    -- Copied from the form so the database itself keeps the rule below.
    periodicity  text   NOT NULL,
    position     int    NOT NULL,
    section_vi   text,
    section_en   text,
    required     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (form_id, indicator_id)
);
-- An indicator is reported in one form per periodicity, so no aggregate can count the same fact twice
-- (once from the commune form and again from a province form of the same period).
CREATE UNIQUE INDEX rpt_form_item_once ON rpt_form_item (indicator_id, periodicity);

-- Rules between fields: left op right, where right is another indicator or a constant.
CREATE TABLE rpt_rule (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_id       bigint NOT NULL REFERENCES rpt_form,
    left_code     text   NOT NULL,
    op            text   NOT NULL CHECK (op IN ('<=', '<', '>=', '>', '=')),
    right_code    text,
    right_value   numeric,
    message_vi    text   NOT NULL,
    message_en    text   NOT NULL,
    CHECK ((right_code IS NULL) <> (right_value IS NULL))
);

-- Targets for the dashboards' "% of target": per indicator, unit and year.
CREATE TABLE rpt_target (
    indicator_id bigint NOT NULL REFERENCES rpt_indicator,
    unit_id      bigint NOT NULL REFERENCES org_unit,
    year         int    NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value        numeric NOT NULL,
    set_by       text   NOT NULL,
    set_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_id, unit_id, year)
);

CREATE TABLE rpt_report (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_id        bigint NOT NULL REFERENCES rpt_form,
    unit_id        bigint NOT NULL REFERENCES org_unit,
    period_start   date   NOT NULL,
    -- The unit's place in the tree when the report was opened: "as of the tree then" aggregates by it, so a
    -- unit that moves later does not take its past reports along (nor count them twice).
    unit_path      ltree  NOT NULL,
    status         text   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    due_on         date   NOT NULL,
    submitted_at   timestamptz,
    submitted_by   text,
    approved_at    timestamptz,
    approved_by    text,
    return_comment text,
    -- Corrections after approval: each reopening raises the revision; history rows carry it.
    revision       int    NOT NULL DEFAULT 0,
    version        int    NOT NULL DEFAULT 0,
    -- Who changed values last: her own drafts saved while she types never conflict with her own submit.
    updated_by     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_id, unit_id, period_start)
);
CREATE INDEX rpt_report_period ON rpt_report (form_id, period_start, status);
CREATE INDEX rpt_report_path ON rpt_report USING gist (unit_path);
CREATE INDEX rpt_report_unit ON rpt_report (unit_id, period_start DESC);

-- indicator_id has no foreign key: values are written only for the indicators of the report's form (read
-- in the same transaction), indicators are never deleted, and the per-row check cost a fifth of a national
-- import. The report's key is checked.
CREATE TABLE rpt_value (
    report_id    bigint NOT NULL REFERENCES rpt_report ON DELETE CASCADE,
    indicator_id bigint NOT NULL,
    category     text   NOT NULL DEFAULT '',
    num          numeric,
    txt          text CHECK (length(txt) <= 4000),
    PRIMARY KEY (report_id, indicator_id, category)
);
-- No second index: "this indicator over these reports" probes the primary key (report, indicator) once per
-- report found by rpt_report_period, which costs a few milliseconds for a national period and spares every
-- import of 130,000 values an index insert per value.

-- Every change of a value: who, when, old and new, and the report's revision then.
-- An append-only log written in the same transaction as the values it describes, from report ids that
-- transaction just read or created; it has no foreign key, whose row-by-row check was a third of the time
-- of importing a national period.
CREATE TABLE rpt_value_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id    bigint NOT NULL,
    indicator_id bigint NOT NULL,
    category     text   NOT NULL,
    old_num      numeric,
    old_txt      text,
    new_num      numeric,
    new_txt      text,
    revision     int    NOT NULL,
    changed_by   text   NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rpt_value_history_report ON rpt_value_history (report_id, id);

-- The report's own story: opened, submitted, approved, returned (with the comment), reopened, imported.
CREATE TABLE rpt_report_event (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id bigint NOT NULL REFERENCES rpt_report ON DELETE CASCADE,
    kind      text   NOT NULL CHECK (kind IN ('OPENED', 'SAVED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REOPENED', 'IMPORTED')),
    actor     text   NOT NULL,
    at        timestamptz NOT NULL DEFAULT now(),
    comment   text
);
CREATE INDEX rpt_report_event_report ON rpt_report_event (report_id, id);
