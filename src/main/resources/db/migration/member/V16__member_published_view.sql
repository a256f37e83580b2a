-- What other modules may read of the member registry: a member's id, her unit and her status, nothing
-- personal (no name, CCCD, phone, birth date, address, ethnicity). Activity attendance rates and the
-- lessons' completion counts read it; a module that needs more asks the registry's Java façade.
-- The planner inlines the view, so readers use member's own indexes.
-- published: counts of members by unit and status for activity and skills (see SqlOwnershipTest)
CREATE VIEW member_published AS
SELECT id, unit_id, status FROM member;
