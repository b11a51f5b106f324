ALTER TABLE `meetings` ADD `organization_names` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `party_names` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `source_count` integer DEFAULT 0 NOT NULL;