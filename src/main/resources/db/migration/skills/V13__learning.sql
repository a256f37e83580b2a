-- "Bình dân học vụ số" (digital literacy for all): courses of short lessons, each with a quiz; a member's
-- progress and her certificate when she finishes a course.
CREATE TABLE course (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    title_vi    text NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
    title_en    text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
    summary_vi  text NOT NULL,
    summary_en  text NOT NULL,
    position    int  NOT NULL,
    published   boolean NOT NULL DEFAULT true
);

-- Bodies are a small, safe markup (paragraphs, "- " lists, "**bold**", "## " headings, https links),
-- rendered with everything else escaped: an editor cannot put a script on a member's phone.
CREATE TABLE lesson (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id   bigint NOT NULL REFERENCES course,
    position    int    NOT NULL,
    title_vi    text   NOT NULL CHECK (length(title_vi) BETWEEN 1 AND 200),
    title_en    text   NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200),
    body_vi     text   NOT NULL CHECK (length(body_vi) <= 20000),
    body_en     text   NOT NULL CHECK (length(body_en) <= 20000),
    video_url   text   CHECK (video_url ~ '^https://[^\s<>"]+$'),
    updated_by  text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (course_id, position)
);

CREATE TABLE quiz_question (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lesson_id   bigint NOT NULL REFERENCES lesson,
    position    int    NOT NULL,
    question_vi text   NOT NULL,
    question_en text   NOT NULL,
    options_vi  text[] NOT NULL CHECK (cardinality(options_vi) BETWEEN 2 AND 6),
    options_en  text[] NOT NULL,
    correct     int    NOT NULL,
    CHECK (cardinality(options_vi) = cardinality(options_en) AND correct BETWEEN 0 AND cardinality(options_vi) - 1),
    UNIQUE (lesson_id, position)
);

CREATE TABLE lesson_progress (
    member_id    bigint NOT NULL REFERENCES member,
    lesson_id    bigint NOT NULL REFERENCES lesson,
    completed_at timestamptz NOT NULL DEFAULT now(),
    attempts     int NOT NULL DEFAULT 1,
    PRIMARY KEY (member_id, lesson_id)
);
CREATE INDEX lesson_progress_completed ON lesson_progress (completed_at);

CREATE TABLE certificate (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text   NOT NULL UNIQUE,
    member_id   bigint NOT NULL REFERENCES member,
    course_id   bigint NOT NULL REFERENCES course,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (member_id, course_id)
);
CREATE INDEX certificate_issued ON certificate (issued_at);
