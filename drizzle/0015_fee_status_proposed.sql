-- Fee status of cards made before new cards started as 'proposed' (issue 12). The column's default was 'agreed'
-- (0000_init.sql), so every older card's fee counted as cost from the shortlist on (insights/rules.ts: a fee is
-- cost once agreed/invoiced/paid). Set back to 'proposed' only where that 'agreed' cannot be the user's:
--   * status 'agreed', and no payment detail entered: no invoice number (or a blank one), invoice date, paid date,
--     due date, VAT rate or KSK flag;
--   * the card is in a stage before an agreement: 'shortlist', 'contacted' or 'negotiating', or an own stage
--     (no key) placed before the campaign's 'negotiating' stage (an own stage between negotiating and the
--     briefing may be the agreement itself: left alone); in either case before the campaign's first stage of
--     agreed work (briefed, sample_shipped, content_live, completed), should the user have reordered them;
--   * no history entry about the payment status (note 'payment_…').
-- Each changed card gets a history entry (note 'payment_status_reset', shown in the card's history tab), so the
-- user sees why its status changed; the entry is also what the UPDATE selects by.
INSERT INTO `stage_events` (`collaboration_id`, `from_stage_id`, `to_stage_id`, `at`, `note`, `params`)
SELECT co.`id`, NULL, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'payment_status_reset', '{"from":"agreed","to":"proposed"}'
FROM `collaborations` co JOIN `stages` s ON s.`id` = co.`stage_id`
WHERE co.`payment_status` = 'agreed'
  AND trim(coalesce(co.`invoice_number`, '')) = '' AND co.`invoiced_on` IS NULL AND co.`paid_on` IS NULL
  AND co.`payment_due_on` IS NULL AND co.`vat_rate_bp` IS NULL AND co.`ksk` = 0
  AND (s.`key` IN ('shortlist', 'contacted', 'negotiating')
       OR (s.`key` IS NULL AND s.`position` < (SELECT n.`position` FROM `stages` n WHERE n.`campaign_id` = s.`campaign_id` AND n.`key` = 'negotiating')))
  AND s.`position` < coalesce((SELECT min(a.`position`) FROM `stages` a WHERE a.`campaign_id` = s.`campaign_id`
                                 AND a.`key` IN ('briefed', 'sample_shipped', 'content_live', 'completed')), 1e18)
  AND NOT EXISTS (SELECT 1 FROM `stage_events` e WHERE e.`collaboration_id` = co.`id` AND e.`note` LIKE 'payment%');
--> statement-breakpoint
UPDATE `collaborations` SET `payment_status` = 'proposed'
WHERE `payment_status` = 'agreed' AND `id` IN (SELECT `collaboration_id` FROM `stage_events` WHERE `note` = 'payment_status_reset');
