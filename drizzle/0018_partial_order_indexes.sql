DROP INDEX `redemptions_code_idx`;--> statement-breakpoint
DROP INDEX `redemptions_collab_idx`;--> statement-breakpoint
CREATE INDEX `redemptions_code_idx` ON `redemptions` (`code_norm`) WHERE "redemptions"."voucher_code_id" IS NULL;--> statement-breakpoint
CREATE INDEX `redemptions_collab_idx` ON `redemptions` (`collaboration_id`,`ordered_at_utc`) WHERE "redemptions"."collaboration_id" IS NOT NULL;