-- Full-text search per language that ignores diacritics: "forskola" finds "förskolan", and the
-- snippet (ts_headline) still shows and marks the words as written. Each configuration is the
-- built-in one with `unaccent` in front of the stemmer for words that are not plain ASCII.
CREATE TEXT SEARCH CONFIGURATION samskap_swedish (COPY = pg_catalog.swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION samskap_swedish
  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, swedish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION samskap_norwegian (COPY = pg_catalog.norwegian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION samskap_norwegian
  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, norwegian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION samskap_english (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION samskap_english
  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;
