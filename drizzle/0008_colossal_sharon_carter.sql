CREATE TABLE `influencer_import_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`influencer_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text
);
--> statement-breakpoint
CREATE INDEX `influencer_import_changes_batch_idx` ON `influencer_import_changes` (`batch_id`);--> statement-breakpoint
ALTER TABLE `channels` ADD `sheet_er_bp` integer;