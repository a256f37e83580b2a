-- The officer's title (chức danh), printed under her name where she signs a report ("Chủ tịch Hội LHPN
-- phường"); set by herself. Officer accounts are not linked to member records, so the registry's union
-- positions cannot give it.
ALTER TABLE app_user ADD COLUMN title text CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200);
