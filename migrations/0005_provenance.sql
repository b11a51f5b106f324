ALTER TABLE `meeting_reports` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `meeting_reports` ADD `confidence` real;--> statement-breakpoint
ALTER TABLE `meetings` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `confidence` real;--> statement-breakpoint
ALTER TABLE `participants` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `confidence` real;--> statement-breakpoint
ALTER TABLE `quotes` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `confidence` real;