/**
 * Issue 12: cards made before new cards started as 'proposed' got the column default 'agreed' whatever their stage,
 * so their fees counted as cost from the shortlist on. The migration (drizzle/*_fee_status_proposed.sql) sets
 * 'proposed' only where that 'agreed' cannot be the user's, with a history entry per changed card. Checked on a real
 * SQLite file at the schema before the migration, opened by the core (which migrates it).
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, openDatabase, readJournal } from '../../../src/main/db/connection';
import { createCore } from '../../../src/main/core/context';
import type { CampaignSummary, CollaborationDetail } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/tmp';
import { migrationsUpTo } from '../backups/helpers';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** The schema version just before the migration (the number of migrations before it). */
function schemaBefore(): number {
  const k = readJournal(defaultMigrationsDir()).entries.findIndex((e) => e.tag.endsWith('_fee_status_proposed'));
  expect(k).toBeGreaterThan(0);
  return k;
}

const DEFAULT_KEYS = ['shortlist', 'contacted', 'negotiating', 'briefed', 'sample_shipped', 'content_live', 'completed', 'declined'];

/** A campaign with the given stages (a key, or null with a name for an own stage); stage ids by key or name. */
function campaign(c: Database.Database, name: string, stages: (string | { own: string })[]): Map<string, number> {
  const k = Number(c.prepare("INSERT INTO campaigns (name, goal, start_date, end_date) VALUES (?, 'sales', '2026-03-01', '2026-03-31')").run(name).lastInsertRowid);
  const ins = c.prepare('INSERT INTO stages (campaign_id, key, name, position) VALUES (?, ?, ?, ?)');
  return new Map(
    stages.map((s, i) => {
      const key = typeof s === 'string' ? s : null;
      const label = typeof s === 'string' ? s : s.own;
      return [label, Number(ins.run(k, key, key ? null : label, i).lastInsertRowid)];
    }),
  );
}

describe('migration: fee status of older cards', () => {
  it("sets 'proposed' on cards before an agreement that hold only the old default, with a history entry; leaves every other card", async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const old = openDatabase(path.join(t.dir, 'kollab.db'), { migrationsDir: migrationsUpTo(schemaBefore(), t.dir) });
    const c = old.$client;
    c.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
    // the board's default stages with two own ones: "Follow-up" during outreach, "Vertrag" between negotiating and briefing
    const main = campaign(c, 'Sommer', ['shortlist', 'contacted', { own: 'Follow-up' }, 'negotiating', { own: 'Vertrag' }, ...DEFAULT_KEYS.slice(3)]);
    // the user moved 'negotiating' behind the briefing here: not a stage before an agreement
    const moved = campaign(c, 'Herbst', ['shortlist', 'contacted', 'briefed', 'negotiating', 'completed']);
    const person = c.prepare('INSERT INTO influencers (name) VALUES (?)');
    const card = c.prepare(
      `INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, fee_minor, payment_status, invoice_number, invoiced_on, paid_on, payment_due_on, vat_rate_bp, ksk)
       SELECT campaign_id, ?, id, 0, ?, ?, ?, ?, ?, ?, ?, ? FROM stages WHERE id = ?`,
    );
    const cards = new Map<string, number>();
    const add = (
      name: string,
      stageId: number | undefined,
      fee: number,
      status = 'agreed',
      extra: { invoiceNumber?: string; invoicedOn?: string; paidOn?: string; dueOn?: string; vat?: number; ksk?: number } = {},
    ) => {
      const who = Number(person.run(name).lastInsertRowid);
      const r = card.run(who, fee, status, extra.invoiceNumber ?? null, extra.invoicedOn ?? null, extra.paidOn ?? null, extra.dueOn ?? null, extra.vat ?? null, extra.ksk ?? 0, stageId!);
      cards.set(name, Number(r.lastInsertRowid));
    };
    // old default, before an agreement: changed
    add('shortlist', main.get('shortlist'), 1);
    add('contacted', main.get('contacted'), 2);
    add('negotiating', main.get('negotiating'), 4);
    add('own stage before negotiating', main.get('Follow-up'), 8);
    add('blank invoice number', main.get('contacted'), 16, 'agreed', { invoiceNumber: '  ' });
    // left as they are
    add('own stage after negotiating', main.get('Vertrag'), 32);
    add('briefed', main.get('briefed'), 64);
    add('content live', main.get('content_live'), 128);
    add('invoice number', main.get('negotiating'), 256, 'agreed', { invoiceNumber: 'R-2026-07' });
    add('invoice date', main.get('shortlist'), 512, 'agreed', { invoicedOn: '2026-02-01' });
    add('paid date', main.get('contacted'), 1024, 'agreed', { paidOn: '2026-02-03' });
    add('due date', main.get('contacted'), 2048, 'agreed', { dueOn: '2026-02-20' });
    add('vat rate', main.get('negotiating'), 4096, 'agreed', { vat: 1900 });
    add('ksk', main.get('negotiating'), 8192, 'agreed', { ksk: 1 });
    add('invoiced on the shortlist', main.get('shortlist'), 16384, 'invoiced', { invoicedOn: '2026-02-01' });
    add('proposed already', main.get('negotiating'), 32768, 'proposed');
    add('declined', main.get('declined'), 65536);
    add('negotiating after the briefing', moved.get('negotiating'), 131072);
    add('status in the history', main.get('shortlist'), 262144);
    c.prepare("INSERT INTO stage_events (collaboration_id, at, note) VALUES (?, '2026-02-01T10:00:00.000Z', 'payment_status_set')").run(cards.get('status in the history'));
    old.$client.close();

    const running = await createCore({ dataDir: t.dir, quietLog: true, firstRun: 'empty' });
    cleanups.push(() => running.close());
    const db = running.core.db.$client;
    const statusOf = db.prepare<[number], string>('SELECT payment_status FROM collaborations WHERE id = ?').pluck();
    const statuses = Object.fromEntries([...cards].map(([name, id]) => [name, statusOf.get(id)]));
    expect(statuses).toEqual({
      shortlist: 'proposed',
      contacted: 'proposed',
      negotiating: 'proposed',
      'own stage before negotiating': 'proposed',
      'blank invoice number': 'proposed',
      'own stage after negotiating': 'agreed',
      briefed: 'agreed',
      'content live': 'agreed',
      'invoice number': 'agreed',
      'invoice date': 'agreed',
      'paid date': 'agreed',
      'due date': 'agreed',
      'vat rate': 'agreed',
      ksk: 'agreed',
      'invoiced on the shortlist': 'invoiced',
      'proposed already': 'proposed',
      declined: 'agreed',
      'negotiating after the briefing': 'agreed',
      'status in the history': 'agreed',
    });

    // one history entry on each changed card, none on the others
    const history = async (name: string) => {
      const r = await running.dispatch('collaborations.get', { id: cards.get(name) });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as CollaborationDetail).history.filter((e) => e.note === 'payment_status_reset');
    };
    for (const name of ['shortlist', 'contacted', 'negotiating', 'own stage before negotiating', 'blank invoice number']) {
      expect(await history(name), name).toEqual([expect.objectContaining({ note: 'payment_status_reset', params: { from: 'agreed', to: 'proposed' } })]);
    }
    for (const name of ['own stage after negotiating', 'briefed', 'invoice number', 'proposed already', 'declined', 'status in the history']) {
      expect(await history(name), name).toEqual([]);
    }

    // the campaign's cost: the fees still agreed (the declined card is no part of the campaign's figures)
    const summary = await running.dispatch('kpis.campaign', { campaignId: db.prepare("SELECT id FROM campaigns WHERE name = 'Sommer'").pluck().get() });
    if (!summary.ok) throw new Error(summary.error.message);
    expect((summary.value as CampaignSummary).totals.costMinor).toBe(32 + 64 + 128 + 256 + 512 + 1024 + 2048 + 4096 + 8192 + 16384 + 262144);
  });
});
