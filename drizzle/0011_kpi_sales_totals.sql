CREATE TABLE `kpi_sales_totals` (
	`collaboration_id` integer NOT NULL,
	`currency` text NOT NULL,
	`month` text NOT NULL,
	`in_window` integer NOT NULL,
	`orders_eq` real DEFAULT 0 NOT NULL,
	`orders_first` integer DEFAULT 0 NOT NULL,
	`revenue_eq` integer DEFAULT 0 NOT NULL,
	`revenue_first` integer DEFAULT 0 NOT NULL,
	`orders_all` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`collaboration_id`, `currency`, `month`, `in_window`),
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `kpi_sales_weeks` (
	`collaboration_id` integer NOT NULL,
	`week` text NOT NULL,
	`currency` text NOT NULL,
	`month` text NOT NULL,
	`orders_eq` real DEFAULT 0 NOT NULL,
	`orders_first` integer DEFAULT 0 NOT NULL,
	`revenue_eq` integer DEFAULT 0 NOT NULL,
	`revenue_first` integer DEFAULT 0 NOT NULL,
	`orders_all` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`collaboration_id`, `week`, `currency`, `month`),
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
