-- A meeting's organisation and party names (JSON arrays ordered by name) and its number of reports, kept on its
-- row by triggers so every write path (ingestion, corrections, merges, deletions, cascades) keeps them exact, and a
-- listed meeting is one row read. Only the links of parties and organisations change the names.
CREATE TRIGGER `meeting_participants_names_ai` AFTER INSERT ON `meeting_participants`
WHEN new.role IN ('organization', 'party') BEGIN
  UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name))
  WHERE id = new.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_names_ad` AFTER DELETE ON `meeting_participants`
WHEN old.role IN ('organization', 'party') BEGIN
  UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name))
  WHERE id = old.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_participants_names_au` AFTER UPDATE ON `meeting_participants` BEGIN
  UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name))
  WHERE id = old.meeting_id;
  UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name))
  WHERE id = new.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `participants_names_au` AFTER UPDATE OF `name` ON `participants` BEGIN
  UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name))
  WHERE id IN (SELECT meeting_id FROM meeting_participants
    WHERE participant_id = new.id AND role IN ('organization', 'party'));
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_reports_count_ai` AFTER INSERT ON `meeting_reports` BEGIN
  UPDATE meetings SET source_count = (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = meetings.id)
  WHERE id = new.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_reports_count_ad` AFTER DELETE ON `meeting_reports` BEGIN
  UPDATE meetings SET source_count = (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = meetings.id)
  WHERE id = old.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `meeting_reports_count_au` AFTER UPDATE OF `meeting_id` ON `meeting_reports` BEGIN
  UPDATE meetings SET source_count = (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = meetings.id)
  WHERE id = old.meeting_id;
  UPDATE meetings SET source_count = (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = meetings.id)
  WHERE id = new.meeting_id;
END;
--> statement-breakpoint
-- The derived columns are not indexed text: writing them must not re-index the meeting's search row.
DROP TRIGGER `meetings_fts_au`;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_au` AFTER UPDATE OF `title`, `city`, `country` ON `meetings` BEGIN
  INSERT INTO meetings_fts(meetings_fts, rowid, title, city, country) VALUES ('delete', old.rowid, old.title, old.city, old.country);
  INSERT INTO meetings_fts(rowid, title, city, country) VALUES (new.rowid, new.title, new.city, new.country);
END;
--> statement-breakpoint
-- Existing meetings.
UPDATE meetings SET organization_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'organization' ORDER BY p.name)),
    party_names = (SELECT json_group_array(name) FROM (SELECT p.name FROM meeting_participants mp
    JOIN participants p ON p.id = mp.participant_id
    WHERE mp.meeting_id = meetings.id AND mp.role = 'party' ORDER BY p.name));
--> statement-breakpoint
UPDATE meetings SET source_count = (SELECT count(*) FROM meeting_reports r WHERE r.meeting_id = meetings.id);
