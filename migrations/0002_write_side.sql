CREATE TABLE `changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`replaced_by` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_version_idx` ON `changes` (`version`,`id`);--> statement-breakpoint
CREATE INDEX `changes_entity_idx` ON `changes` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `link_sources` (
	`meeting_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`role` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `participant_id`, `role`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `link_sources_article_idx` ON `link_sources` (`article_id`);--> statement-breakpoint
CREATE TABLE `meeting_reports` (
	`meeting_id` text NOT NULL,
	`article_id` text NOT NULL,
	`article_date` text NOT NULL,
	`status` text NOT NULL,
	`date` text NOT NULL,
	`end_date` text,
	PRIMARY KEY(`meeting_id`, `article_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_reports_article_idx` ON `meeting_reports` (`article_id`);--> statement-breakpoint
CREATE TABLE `participant_sources` (
	`participant_id` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`participant_id`, `article_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participant_sources_article_idx` ON `participant_sources` (`article_id`);--> statement-breakpoint
CREATE TABLE `quote_sources` (
	`quote_id` text NOT NULL,
	`article_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`meeting_id` text,
	PRIMARY KEY(`quote_id`, `article_id`, `start`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quote_sources_article_idx` ON `quote_sources` (`article_id`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `meetings_updated_idx` ON `meetings` (`updated_at`);--> statement-breakpoint
ALTER TABLE `participants` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `participants_updated_idx` ON `participants` (`updated_at`);--> statement-breakpoint
ALTER TABLE `quotes` ADD `updated_at` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `quotes_updated_idx` ON `quotes` (`updated_at`);