DROP INDEX `meetings_date_idx`;--> statement-breakpoint
CREATE INDEX `meetings_date_idx` ON `meetings` (`date`,`id`,`end_date`);