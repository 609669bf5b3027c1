-- Shop identity ignores case and surrounding spaces (issue 11): `IDEM` and ` idem ` are one shop.
-- Orders stored twice under two spellings of one shop are merged (the first stored copy is kept).
DELETE FROM redemptions WHERE id NOT IN (SELECT min(id) FROM redemptions GROUP BY lower(trim(shop)), order_id, code_norm);
--> statement-breakpoint
UPDATE redemptions SET shop = lower(trim(shop)) WHERE shop <> lower(trim(shop));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS import_batches_hash_idx ON import_batches (file_hash);
