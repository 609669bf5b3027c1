ALTER TABLE `collaborations` ADD `outreach_template_id` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `follow_up_step` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `email_templates` ADD `follow_up_days` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `email_templates` ADD `follow_up_template_id` text;--> statement-breakpoint
ALTER TABLE `email_templates` ADD `deleted_at` text;