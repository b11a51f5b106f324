DROP INDEX `meetings_city_idx`;--> statement-breakpoint
DROP INDEX `meetings_country_idx`;--> statement-breakpoint
CREATE INDEX `meetings_city_idx` ON `meetings` (`city_key`,`date`,`id`,`end_date`,`title`,`date_certainty`,`city`,`country`,`status`,`rule`,`confidence`,`organization_names`,`party_names`,`source_count`);--> statement-breakpoint
CREATE INDEX `meetings_country_idx` ON `meetings` (`country_key`,`date`,`id`,`end_date`,`title`,`date_certainty`,`city`,`country`,`status`,`rule`,`confidence`,`organization_names`,`party_names`,`source_count`);