ALTER TABLE `channels` ADD `auth_verdict` text DEFAULT 'ok' NOT NULL;--> statement-breakpoint
ALTER TABLE `channels` ADD `auth_reasons` text DEFAULT '[]' NOT NULL;