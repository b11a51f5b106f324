-- Full-text search (FTS5) over quotes, meeting titles, meeting evidence and articles. The indexes are external-
-- content tables kept in step with their tables by triggers; diacritics are folded so "Geneve" finds "Genève".
CREATE VIRTUAL TABLE `quotes_fts` USING fts5(text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_ai` AFTER INSERT ON `quotes` BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_ad` AFTER DELETE ON `quotes` BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `quotes_fts_au` AFTER UPDATE OF `text` ON `quotes` BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(title, city, country, content='meetings', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_ai` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO meetings_fts(rowid, title, city, country) VALUES (new.rowid, new.title, new.city, new.country);
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_ad` AFTER DELETE ON `meetings` BEGIN
  INSERT INTO meetings_fts(meetings_fts, rowid, title, city, country) VALUES ('delete', old.rowid, old.title, old.city, old.country);
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_au` AFTER UPDATE ON `meetings` BEGIN
  INSERT INTO meetings_fts(meetings_fts, rowid, title, city, country) VALUES ('delete', old.rowid, old.title, old.city, old.country);
  INSERT INTO meetings_fts(rowid, title, city, country) VALUES (new.rowid, new.title, new.city, new.country);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `evidence_fts` USING fts5(text, content='evidence', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `evidence_fts_ai` AFTER INSERT ON `evidence` BEGIN
  INSERT INTO evidence_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `evidence_fts_ad` AFTER DELETE ON `evidence` BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `participants_fts` USING fts5(name, role, affiliation, content='participants', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `participants_fts_ai` AFTER INSERT ON `participants` BEGIN
  INSERT INTO participants_fts(rowid, name, role, affiliation) VALUES (new.rowid, new.name, new.role, new.affiliation);
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_ad` AFTER DELETE ON `participants` BEGIN
  INSERT INTO participants_fts(participants_fts, rowid, name, role, affiliation) VALUES ('delete', old.rowid, old.name, old.role, old.affiliation);
END;
--> statement-breakpoint
CREATE TRIGGER `participants_fts_au` AFTER UPDATE ON `participants` BEGIN
  INSERT INTO participants_fts(participants_fts, rowid, name, role, affiliation) VALUES ('delete', old.rowid, old.name, old.role, old.affiliation);
  INSERT INTO participants_fts(rowid, name, role, affiliation) VALUES (new.rowid, new.name, new.role, new.affiliation);
END;
