ALTER TABLE `collaborations` ADD `invoice_number` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `vat_rate_bp` integer;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `ksk` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `payment_due_on` text;