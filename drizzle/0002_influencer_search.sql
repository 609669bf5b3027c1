-- Full-text search over the directory (name, handles, niches, tags, notes), kept in step by triggers.
-- rowid = influencers.id. unicode61 folds case and diacritics (Jörg ~ jorg); prefix queries use "term"*.
CREATE VIRTUAL TABLE `influencers_fts` USING fts5(name, handles, niches, tags, notes, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `influencers_fts` (rowid, name, handles, niches, tags, notes)
  SELECT i.id, i.name, coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = i.id), ''), i.niches, i.tags, i.notes
  FROM influencers i;
--> statement-breakpoint
CREATE TRIGGER `influencers_fts_ai` AFTER INSERT ON `influencers` BEGIN
  INSERT INTO influencers_fts (rowid, name, handles, niches, tags, notes)
  VALUES (new.id, new.name, coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = new.id), ''), new.niches, new.tags, new.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `influencers_fts_au` AFTER UPDATE OF name, niches, tags, notes ON `influencers` BEGIN
  DELETE FROM influencers_fts WHERE rowid = old.id;
  INSERT INTO influencers_fts (rowid, name, handles, niches, tags, notes)
  VALUES (new.id, new.name, coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = new.id), ''), new.niches, new.tags, new.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `influencers_fts_ad` AFTER DELETE ON `influencers` BEGIN
  DELETE FROM influencers_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `channels_fts_ai` AFTER INSERT ON `channels` BEGIN
  UPDATE influencers_fts SET handles = coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = new.influencer_id), '')
  WHERE rowid = new.influencer_id;
END;
--> statement-breakpoint
CREATE TRIGGER `channels_fts_au` AFTER UPDATE OF handle ON `channels` BEGIN
  UPDATE influencers_fts SET handles = coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = new.influencer_id), '')
  WHERE rowid = new.influencer_id;
END;
--> statement-breakpoint
CREATE TRIGGER `channels_fts_ad` AFTER DELETE ON `channels` BEGIN
  UPDATE influencers_fts SET handles = coalesce((SELECT group_concat(c.handle, ' ') FROM channels c WHERE c.influencer_id = old.influencer_id), '')
  WHERE rowid = old.influencer_id;
END;
