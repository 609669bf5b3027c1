CREATE TABLE `post_media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`thumb_name` text,
	`mime` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`width` integer,
	`height` integer,
	`frame` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `content_posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_media_post_idx` ON `post_media` (`post_id`);--> statement-breakpoint
CREATE TABLE `story_frames` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`position` integer NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`reach` integer DEFAULT 0 NOT NULL,
	`taps_forward` integer DEFAULT 0 NOT NULL,
	`taps_back` integer DEFAULT 0 NOT NULL,
	`link_clicks` integer DEFAULT 0 NOT NULL,
	`replies` integer DEFAULT 0 NOT NULL,
	`sticker_taps` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `content_posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_frames_post_idx` ON `story_frames` (`post_id`,`position`);--> statement-breakpoint
ALTER TABLE `stage_events` ADD `params` text;--> statement-breakpoint
ALTER TABLE `content_posts` ADD `taps_forward` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `content_posts` ADD `taps_back` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `content_posts` ADD `replies` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `content_posts` ADD `sticker_taps` integer DEFAULT 0 NOT NULL;