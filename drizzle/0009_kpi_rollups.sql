CREATE TABLE `exchange_rates` (
	`currency` text NOT NULL,
	`month` text NOT NULL,
	`rate_micros` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`currency`, `month`)
);
--> statement-breakpoint
CREATE TABLE `kpi_leak_decisions` (
	`shop` text NOT NULL,
	`order_id` text NOT NULL,
	`code_norm` text NOT NULL,
	`included_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`shop`, `order_id`, `code_norm`)
);
--> statement-breakpoint
CREATE TABLE `kpi_rollups` (
	`collaboration_id` integer NOT NULL,
	`day` text NOT NULL,
	`currency` text NOT NULL,
	`included` integer DEFAULT 0 NOT NULL,
	`orders_eq` real DEFAULT 0 NOT NULL,
	`orders_first` integer DEFAULT 0 NOT NULL,
	`revenue_eq` integer DEFAULT 0 NOT NULL,
	`revenue_first` integer DEFAULT 0 NOT NULL,
	`orders_all` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`collaboration_id`, `day`, `currency`, `included`),
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kpi_rollups_day_idx` ON `kpi_rollups` (`day`);