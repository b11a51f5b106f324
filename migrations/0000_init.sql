CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`source` text,
	`extractor_version` text NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL,
	`loaded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_sha256_unique` ON `articles` (`sha256`);--> statement-breakpoint
CREATE INDEX `articles_date_idx` ON `articles` (`date`,`id`);--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`note` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `corrections_entity_idx` ON `corrections` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`meeting_id` text NOT NULL,
	`article_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`date_text` text,
	PRIMARY KEY(`meeting_id`, `article_id`, `start`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_article_idx` ON `evidence` (`article_id`);--> statement-breakpoint
CREATE TABLE `meeting_participants` (
	`meeting_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `participant_id`, `role`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_participants_participant_idx` ON `meeting_participants` (`participant_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`end_date` text,
	`date_precision` text NOT NULL,
	`date_certainty` text NOT NULL,
	`city` text NOT NULL,
	`country` text NOT NULL,
	`city_key` text NOT NULL,
	`country_key` text NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_city_idx` ON `meetings` (`city_key`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_country_idx` ON `meetings` (`country_key`,`date`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`role` text,
	`affiliation` text
);
--> statement-breakpoint
CREATE INDEX `participants_name_idx` ON `participants` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`speaker_id` text,
	`meeting_id` text,
	`article_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`date` text NOT NULL,
	FOREIGN KEY (`speaker_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quotes_date_idx` ON `quotes` (`date`,`id`);--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_id`,`date`);--> statement-breakpoint
CREATE INDEX `quotes_meeting_idx` ON `quotes` (`meeting_id`,`date`);