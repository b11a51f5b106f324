CREATE TABLE `meeting_acts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action` text NOT NULL,
	`meeting_id` text NOT NULL,
	`into_id` text,
	`into_city` text,
	`into_country` text,
	`city_key` text NOT NULL,
	`date` text NOT NULL,
	`end_date` text,
	`note` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meeting_acts_place_idx` ON `meeting_acts` (`city_key`,`date`);--> statement-breakpoint
CREATE INDEX `meeting_acts_meeting_idx` ON `meeting_acts` (`meeting_id`);--> statement-breakpoint
ALTER TABLE `meeting_reports` ADD `city` text;