-- Name search by word beginnings: a searched word matches a name when one of the name's words begins with it
-- ("thu" finds Thu, Thuỷ and Thư; "uy" finds none of them), in any order, without diacritics.
--
-- The trigram index this replaces matched any part of a word, and it did not hold at national size: at 20 M
-- members its posting lists for "thi", "van" and "nguyen" hold most of the country, a two-letter word has no
-- trigram at all, and every row it found had to be read from the table to be checked (a search for "vo thi thuy"
-- in one province read 12,000 rows for 126 matches: 0.5-1 s). Here every beginning of every word of a name is an
-- entry of its own, prefixed with the member's province ("11:thu"): the index answers exactly, without reading a
-- row to check it; a search within a province reads only that province's entries (the posting list of "thi" across
-- the country alone took 140 ms to read); and ANALYZE keeps each entry's share of the members (most_common_elems,
-- 10,000 of them), from which the planner chooses between this index (rare words: only the matches are read) and
-- walking the province's name order (common words: the first page is among the first few hundred names).
-- MemberRepository.nameWords writes the conditions. A member above any province (none today) is filed under 0.
CREATE FUNCTION hoiso_word_prefixes(province bigint, folded text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT coalesce(province, 0) || ':' || left(w, n)
                   FROM unnest(string_to_array(folded, ' ')) AS w, generate_series(1, length(w)) AS n);

-- A large registry builds this index in minutes (about 8 at 20 M members on 2 cores).
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX member_word_prefixes ON member USING gin (hoiso_word_prefixes(province_id, name_folded));
ALTER INDEX member_word_prefixes ALTER COLUMN 1 SET STATISTICS 1000;
DROP INDEX member_province_trgm;
-- The planner needs the new entries' shares now, not after autovacuum's next analysis (which a large registry
-- reaches only after 10 % of its rows have changed): a few seconds at 20 M members.
ANALYZE member;
