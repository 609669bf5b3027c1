ALTER TABLE `content_posts` ADD `disclosure_override` integer;--> statement-breakpoint
ALTER TABLE `content_posts` ADD `disclosure_note` text DEFAULT '' NOT NULL;