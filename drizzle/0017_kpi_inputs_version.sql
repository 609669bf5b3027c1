CREATE TABLE `kpi_inputs_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO kpi_inputs_version (id, n) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_redemptions_upd AFTER UPDATE OF shop, order_id, code_norm, collaboration_id, ordered_at_utc, currency, total_minor, refunded_minor, status, batch_id ON redemptions
WHEN old.collaboration_id IS NOT NULL OR new.collaboration_id IS NOT NULL BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_redemptions_del AFTER DELETE ON redemptions
WHEN old.collaboration_id IS NOT NULL AND (old.batch_id IS NULL OR NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = old.batch_id AND b.status IN ('running', 'undone'))) BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_batches_upd AFTER UPDATE OF status ON import_batches WHEN old.kind = 'redemptions' AND old.status IS NOT new.status BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_batches_del AFTER DELETE ON import_batches WHEN old.kind = 'redemptions' AND old.status NOT IN ('running', 'undone') BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_leaks_ins AFTER INSERT ON kpi_leak_decisions BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_leaks_upd AFTER UPDATE OF shop, order_id, code_norm ON kpi_leak_decisions BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_leaks_del AFTER DELETE ON kpi_leak_decisions BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_collaborations_upd AFTER UPDATE OF id, campaign_id ON collaborations WHEN old.campaign_id IS NOT new.campaign_id OR old.id IS NOT new.id BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_collaborations_del AFTER DELETE ON collaborations BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_campaigns_upd AFTER UPDATE OF start_date, end_date ON campaigns WHEN old.start_date IS NOT new.start_date OR old.end_date IS NOT new.end_date BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_settings_ins AFTER INSERT ON settings WHEN new.key IN ('app.settings', 'kpi.rollupsZone', 'kpi.totalsWindowDays') BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_settings_upd AFTER UPDATE OF key, value ON settings
WHEN (old.key IN ('app.settings', 'kpi.rollupsZone', 'kpi.totalsWindowDays') OR new.key IN ('app.settings', 'kpi.rollupsZone', 'kpi.totalsWindowDays')) AND (
  old.key IS NOT new.key OR CASE
    WHEN new.key <> 'app.settings' THEN old.value IS NOT new.value
    WHEN json_valid(old.value) AND json_valid(new.value) THEN json_extract(old.value, '$.timeZone') IS NOT json_extract(new.value, '$.timeZone')
      OR json_extract(old.value, '$.kpiWindowDays') IS NOT json_extract(new.value, '$.kpiWindowDays')
    ELSE old.value IS NOT new.value END) BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER kpi_inputs_settings_del AFTER DELETE ON settings WHEN old.key IN ('app.settings', 'kpi.rollupsZone', 'kpi.totalsWindowDays') BEGIN
  UPDATE kpi_inputs_version SET n = n + 1 WHERE id = 1;
END;
