CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channel_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` integer NOT NULL,
	`taken_on` text NOT NULL,
	`followers` integer NOT NULL,
	`avg_likes` integer DEFAULT 0 NOT NULL,
	`avg_comments` integer DEFAULT 0 NOT NULL,
	`avg_shares` integer DEFAULT 0 NOT NULL,
	`avg_views` integer DEFAULT 0 NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_snapshots_day_uq` ON `channel_snapshots` (`channel_id`,`taken_on`);--> statement-breakpoint
CREATE TABLE `channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`influencer_id` integer NOT NULL,
	`platform` text NOT NULL,
	`handle` text NOT NULL,
	`url` text,
	`followers` integer DEFAULT 0 NOT NULL,
	`avg_likes` integer DEFAULT 0 NOT NULL,
	`avg_comments` integer DEFAULT 0 NOT NULL,
	`avg_shares` integer DEFAULT 0 NOT NULL,
	`avg_views` integer DEFAULT 0 NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `channels_influencer_idx` ON `channels` (`influencer_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `channels_platform_handle_uq` ON `channels` (`platform`,lower("handle"));--> statement-breakpoint
CREATE TABLE `influencers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`street` text,
	`postal_code` text,
	`city` text,
	`country` text,
	`language` text,
	`niches` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`audience` text,
	`rates` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_contact_at` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `influencers_name_idx` ON `influencers` (`name`);--> statement-breakpoint
CREATE INDEX `influencers_deleted_idx` ON `influencers` (`deleted_at`);--> statement-breakpoint
CREATE TABLE `saved_filters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text DEFAULT 'influencers' NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`goal` text NOT NULL,
	`product` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`budget_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`target_kpis` text DEFAULT '{}' NOT NULL,
	`disclosure_text` text DEFAULT '#werbung' NOT NULL,
	`base_url` text,
	`utm_rules` text,
	`target_audience` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `campaigns_archived_idx` ON `campaigns` (`archived_at`);--> statement-breakpoint
CREATE TABLE `stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`key` text,
	`name` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stages_campaign_idx` ON `stages` (`campaign_id`,`position`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`file_name` text NOT NULL,
	`stored_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `collaborations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`influencer_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`position` integer NOT NULL,
	`channel_id` integer,
	`type` text DEFAULT 'product_test' NOT NULL,
	`fee_minor` integer DEFAULT 0 NOT NULL,
	`product_value_minor` integer DEFAULT 0 NOT NULL,
	`commission_bp` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`payment_status` text DEFAULT 'agreed' NOT NULL,
	`invoiced_on` text,
	`paid_on` text,
	`start_date` text,
	`contacted_at` text,
	`notes` text DEFAULT '' NOT NULL,
	`removed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collaborations_campaign_influencer_uq` ON `collaborations` (`campaign_id`,`influencer_id`);--> statement-breakpoint
CREATE INDEX `collaborations_stage_idx` ON `collaborations` (`stage_id`,`position`);--> statement-breakpoint
CREATE INDEX `collaborations_influencer_idx` ON `collaborations` (`influencer_id`);--> statement-breakpoint
CREATE TABLE `deliverables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`kind` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`due_date` text,
	`done_at` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deliverables_collab_idx` ON `deliverables` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `email_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`from_stage_id` integer,
	`to_stage_id` integer,
	`at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`to_stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `stage_events_collab_idx` ON `stage_events` (`collaboration_id`,`at`);--> statement-breakpoint
CREATE TABLE `tracking_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`url` text NOT NULL,
	`clicks` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `voucher_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`code` text NOT NULL,
	`code_norm` text NOT NULL,
	`discount_description` text DEFAULT '' NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voucher_codes_norm_uq` ON `voucher_codes` (`code_norm`);--> statement-breakpoint
CREATE INDEX `voucher_codes_collab_idx` ON `voucher_codes` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `sample_shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`items` text DEFAULT '[]' NOT NULL,
	`value_minor` integer DEFAULT 0 NOT NULL,
	`shipping_cost_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`carrier` text,
	`tracking_number` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`shipped_on` text,
	`delivered_on` text,
	`returned_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sample_shipments_collab_idx` ON `sample_shipments` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `briefing_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`goal` text,
	`collab_type` text,
	`language` text NOT NULL,
	`sections` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `briefings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`collaboration_id` integer,
	`language` text DEFAULT 'de' NOT NULL,
	`template_key` text,
	`sections` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `briefings_campaign_uq` ON `briefings` (`campaign_id`) WHERE "briefings"."collaboration_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `briefings_collaboration_uq` ON `briefings` (`collaboration_id`) WHERE "briefings"."collaboration_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `content_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`channel_id` integer,
	`platform` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`posted_at` text,
	`caption` text DEFAULT '' NOT NULL,
	`disclosure_present` integer DEFAULT false NOT NULL,
	`reach` integer DEFAULT 0 NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`likes` integer DEFAULT 0 NOT NULL,
	`comments` integer DEFAULT 0 NOT NULL,
	`shares` integer DEFAULT 0 NOT NULL,
	`saves` integer DEFAULT 0 NOT NULL,
	`clicks` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `content_posts_collab_idx` ON `content_posts` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `header_mappings` (
	`signature` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`file_size` integer NOT NULL,
	`format` text NOT NULL,
	`encoding` text DEFAULT 'utf-8' NOT NULL,
	`delimiter` text DEFAULT ',' NOT NULL,
	`shop` text,
	`status` text DEFAULT 'running' NOT NULL,
	`counts` text DEFAULT '{}' NOT NULL,
	`mapping` text,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finished_at` text,
	`undone_at` text
);
--> statement-breakpoint
CREATE INDEX `import_batches_kind_idx` ON `import_batches` (`kind`,`started_at`);--> statement-breakpoint
CREATE TABLE `import_rejects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`reason` text NOT NULL,
	`raw` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_rejects_batch_idx` ON `import_rejects` (`batch_id`);--> statement-breakpoint
CREATE TABLE `redemption_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`redemption_id` integer NOT NULL,
	`batch_id` integer NOT NULL,
	`before` text NOT NULL,
	FOREIGN KEY (`redemption_id`) REFERENCES `redemptions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `redemption_revisions_batch_idx` ON `redemption_revisions` (`batch_id`);--> statement-breakpoint
CREATE TABLE `redemptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shop` text NOT NULL,
	`order_id` text NOT NULL,
	`code_norm` text NOT NULL,
	`voucher_code_id` integer,
	`collaboration_id` integer,
	`ordered_at` text NOT NULL,
	`ordered_at_utc` text NOT NULL,
	`currency` text NOT NULL,
	`total_minor` integer NOT NULL,
	`subtotal_minor` integer DEFAULT 0 NOT NULL,
	`discount_minor` integer DEFAULT 0 NOT NULL,
	`refunded_minor` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`batch_id` integer,
	`updated_batch_id` integer,
	FOREIGN KEY (`voucher_code_id`) REFERENCES `voucher_codes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `redemptions_key_uq` ON `redemptions` (`shop`,`order_id`,`code_norm`);--> statement-breakpoint
CREATE INDEX `redemptions_code_idx` ON `redemptions` (`code_norm`);--> statement-breakpoint
CREATE INDEX `redemptions_collab_idx` ON `redemptions` (`collaboration_id`,`ordered_at_utc`);--> statement-breakpoint
CREATE INDEX `redemptions_batch_idx` ON `redemptions` (`batch_id`);