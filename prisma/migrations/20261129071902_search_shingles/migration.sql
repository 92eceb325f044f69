-- Procedure search at scale (docs/decisions/010-search-at-scale.md).
-- The syllables of a normalised text and every pair of adjacent syllables, as a tsvector: a phrase
-- matches when all its adjacent pairs are present, which a GIN index answers exactly, without
-- reading the text (a phrase query with the <-> operator would re-read every candidate). The pairs
-- come from unnest(w, w[2:]), linear in the number of syllables (w[i] on a text array is not).
CREATE OR REPLACE FUNCTION public.search_shingles(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array_to_tsvector(array_remove(w || array(SELECT a || ' ' || b FROM unnest(w, w[2:]) AS u(a, b) WHERE b IS NOT NULL), '')) FROM string_to_array(t, ' ') AS w
$$;

-- The body: phrase matching. The titles: which words some title contains (a word in none is
-- looked for as a typo).
CREATE INDEX "Procedure_searchBody_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchBody"));
CREATE INDEX "Procedure_searchTitle_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchTitle"));
CREATE INDEX "Procedure_searchTitleEn_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchTitleEn"));
