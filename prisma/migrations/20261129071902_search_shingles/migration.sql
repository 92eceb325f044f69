-- Procedure search at scale (docs/decisions/010-search-at-scale.md).
-- The syllables of a normalised text and every pair of adjacent syllables, as a tsvector: a phrase
-- matches when all its adjacent pairs are present, which a GIN index answers exactly, without
-- reading the text (a phrase query with the <-> operator would re-read every candidate).
CREATE OR REPLACE FUNCTION public.search_shingles(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array_to_tsvector(array_remove(w || array(SELECT w[i] || ' ' || w[i + 1] FROM generate_subscripts(w, 1) AS i WHERE i < cardinality(w)), '')) FROM string_to_array(t, ' ') AS w
$$;

-- The body: phrase matching. The titles: which words some title contains (a word in none is
-- looked for as a typo).
CREATE INDEX "Procedure_searchBody_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchBody"));
CREATE INDEX "Procedure_searchTitle_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchTitle"));
CREATE INDEX "Procedure_searchTitleEn_shingles_idx" ON "Procedure" USING GIN (public.search_shingles("searchTitleEn"));
