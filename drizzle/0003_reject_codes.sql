ALTER TABLE `import_rejects` ADD `code` text;--> statement-breakpoint
ALTER TABLE `import_rejects` ADD `params` text;