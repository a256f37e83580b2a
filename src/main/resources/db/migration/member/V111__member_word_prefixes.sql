-- Name search by word beginnings: a searched word matches a name when one of the name's words begins with it
-- ("thu" finds Thu, Thuỷ and Thư; "uy" finds none of them), in any order, without diacritics.
--
-- The trigram index this replaces matched any part of a word, and it did not hold at national size: at 20 M
-- members its posting lists for "thi", "van" and "nguyen" hold most of the country, a two-letter word has no
-- trigram at all, and every row it found had to be read from the table to be checked (a search for "vo thi thuy"
-- in one province read 12,000 rows for 126 matches, 0.5-1 s). Here every beginning of every word is an entry of its
-- own: the index answers exactly, without reading a row to check it, and ANALYZE keeps each beginning's share of
-- the members (most_common_elems), from which the planner chooses between this index (rare words: only the
-- matches are read) and walking the province's name order (common words: the first page is among the first few
-- hundred names). MemberRepository.filter asks for all the words at once, as one array.
CREATE FUNCTION hoiso_word_prefixes(folded text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT left(w, n) FROM unnest(string_to_array(folded, ' ')) AS w, generate_series(1, length(w)) AS n);

-- A large registry builds this index in minutes (about 6 at 20 M members on 2 cores).
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX member_province_words ON member USING gin (province_id, hoiso_word_prefixes(name_folded));
DROP INDEX member_province_trgm;
