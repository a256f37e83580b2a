-- Pictures in lessons, uploaded by the editors and served by hoiso itself (the pages allow no image from
-- elsewhere), referred to from a lesson's text as ![description](image:ID).
CREATE TABLE lesson_image (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_type text   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    data         bytea  NOT NULL CHECK (octet_length(data) <= 1048576),
    uploaded_by  text   NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
