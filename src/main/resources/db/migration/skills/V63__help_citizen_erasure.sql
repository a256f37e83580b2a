-- A citizen's name and phone in the help log are kept for a retention period only (hoiso.skills.help.*, daily job)
-- and erased at once when she asks: the help stays (it is counted in the reports), her data goes, and the row says
-- when. A help is now for a member, a citizen, or a citizen whose data was erased: exactly one of them.
ALTER TABLE help_given ADD COLUMN citizen_erased_at timestamptz;

DO $$
DECLARE
    old text;
BEGIN
    SELECT conname INTO STRICT old FROM pg_constraint
     WHERE conrelid = 'help_given'::regclass AND contype = 'c'
       AND pg_get_constraintdef(oid) LIKE '%helped_member_id IS NULL%';
    EXECUTE format('ALTER TABLE help_given DROP CONSTRAINT %I', old);
END $$;

ALTER TABLE help_given ADD CONSTRAINT help_given_one_person CHECK (
    (helped_member_id IS NOT NULL)::int + (citizen_name IS NOT NULL)::int + (citizen_erased_at IS NOT NULL)::int = 1);

-- The daily job finds the citizens helped before the cut-off by date.
CREATE INDEX help_given_citizen_date ON help_given (given_on) WHERE citizen_name IS NOT NULL;
