-- Bulk imports of member lists (the intake module). The uploaded file and the list of row problems
-- live in the job's directory (hoiso.intake.dir); this table is the job's state, its counts and its
-- history. Validated rows wait in member_staging (owned by the member module) until the commit.
CREATE TABLE import_job (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id          bigint  NOT NULL REFERENCES org_unit,
    file_name        text    NOT NULL,
    file_size        bigint  NOT NULL,
    file_sha256      text    NOT NULL,
    -- Where the file was read: format, encoding, legacy font, sheet, conversions (JSON).
    file_info        jsonb,
    -- The header row's number and the column chosen for each field (JSON), as proposed or corrected.
    mapping          jsonb,
    update_existing  boolean NOT NULL DEFAULT false,
    create_branches  boolean NOT NULL DEFAULT false,
    status           text    NOT NULL CHECK (status IN ('READY', 'VALIDATING', 'VALIDATED', 'COMMITTING', 'COMMITTED',
                                                        'FAILED', 'CANCELLED')),
    cancel_requested boolean NOT NULL DEFAULT false,
    progress         real    NOT NULL DEFAULT 0,
    rows_read        bigint  NOT NULL DEFAULT 0,
    valid_rows       bigint  NOT NULL DEFAULT 0,
    invalid_rows     bigint  NOT NULL DEFAULT 0,
    -- Of the valid rows: those that update an existing member ("update existing" mode).
    update_rows      bigint  NOT NULL DEFAULT 0,
    -- Branches the commit creates (names found in the file, with create_branches).
    new_branches     jsonb,
    inserted         bigint,
    updated          bigint,
    skipped          bigint,
    -- A failure the officer must read: message code and arguments (the texts are in the bundles).
    error_code       text,
    error_args       jsonb,
    created_by       text    NOT NULL,
    remote_addr      text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    validated_at     timestamptz,
    committed_at     timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_job_unit ON import_job (unit_id, id DESC);
CREATE INDEX import_job_sha ON import_job (file_sha256) WHERE status = 'COMMITTED';
