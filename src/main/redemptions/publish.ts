/**
 * The final transaction of a shop import (run.ts): the one moment its batch becomes visible as a whole — codes
 * assigned in the wizard (linking its orders), the changes to stored orders, status, counts, the KPI roll-up and the
 * remembered mapping. Short: no row of the file is written here. The roll-up is prepared outside the lock
 * (insights/rollup-publish.ts) and only swapped in, unless what it reads changed meanwhile.
 */
import type { Db } from '../db/connection';
import type { ParsedInputOf } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { addCode } from '../collaborations/codes';
import { jobChunk } from '../db/write';
import { headerSignature } from '../influencers/transfer';
import { refreshRollups } from '../insights/rollups';
import { applyPublish, preparedIsCurrent, preparePublish } from '../insights/rollup-publish';
import { shopKey } from '../../shared/codes';
import type { DeferredChange } from './compare';
import { markBatchDone, rememberMapping, type ImportStatements } from './queries';

/** How an import's final transaction went: its KPI roll-up prepared outside the lock or refreshed inside, after how many preparations; how long it held the lock and waited for it. */
export interface PublishFigures {
  rollup: 'prepared' | 'refreshed';
  /** How a prepared roll-up went in: the batch's share added, or the cards' rows replaced (insights/rollup-publish.ts). */
  rollupMode: 'add' | 'replace' | null;
  attempts: number;
  lockMs: number;
  waitMs: number;
}

/** Preparations of the roll-up outside the lock before the final transaction refreshes it inside (rollup-publish.ts). */
export const PREPARE_ATTEMPTS = 3;

/**
 * Header signature for redemption mappings (kept apart from the influencer import's by a prefix); with a shop,
 * the signature of that shop's own remembered mapping.
 */
export function redemptionSignature(headers: readonly string[], shop?: string): string {
  return shop ? `r:${shopKey(shop)}:${headerSignature(headers)}` : `r:${headerSignature(headers)}`;
}

export interface PublishInput {
  batchId: number;
  params: ParsedInputOf<'redemptions.import'>;
  /** Changes to orders stored by earlier imports (compare.ts), applied here. */
  deferred: readonly DeferredChange[];
  /** No order of the batch has a row of another batch (a shop without orders when the import began). */
  ownOrders: boolean;
  /** Some order of the file carries two codes held on cards or more (insights/rollup-publish.ts `split`). */
  splitOrders: boolean;
  counts: Record<string, unknown>;
  headers: readonly string[];
  /** The shop's key (shared/codes.ts shopKey). */
  shop: string;
  st: ImportStatements;
  /** Tests: called before each attempt at the final transaction, after the roll-up was prepared for it. */
  onPrepared?: (attempt: number) => void;
}

export function publishBatch(db: Db, { batchId, params, deferred, ownOrders, splitOrders, counts, headers, shop, st, onPrepared }: PublishInput): PublishFigures {
  // The KPI roll-up as it will be once published, computed before taking the lock (insights/rollup-publish.ts);
  // not when the publish itself changes rows (codes assigned, deferred updates): then it is refreshed inside.
  // When a change to what it reads lands before the lock is ours (a code linked, a campaign's dates …), the
  // final transaction writes nothing and it is prepared again — the last attempt refreshes inside instead.
  // What the file said about split orders holds for the first attempt only: a retry follows a change (a code linked …).
  let prepared = params.assign.length === 0 && deferred.length === 0 ? preparePublish(db, batchId, { ownOrders, split: splitOrders }) : null;
  let publish: PublishFigures | null = null;
  for (let attempt = 1; publish === null; attempt++) {
    onPrepared?.(attempt);
    const p = prepared;
    const started = performance.now();
    // The one moment the batch becomes visible as a whole: codes assigned in the wizard (linking its orders),
    // status, counts and the remembered mapping. Short: no row of the file is written here.
    publish = jobChunk(db, (): PublishFigures | null => {
      const held = performance.now();
      const current = p !== null && preparedIsCurrent(db, p);
      if (p !== null && !current && attempt < PREPARE_ATTEMPTS) return null;
      for (const a of params.assign) {
        try {
          addCode(db, { collaborationId: a.collaborationId, code: a.code, discountDescription: '' });
        } catch (err) {
          if (err instanceof DomainError) throw new DomainError(err.code, `Cannot assign ${a.code}: ${err.message}`, { field: 'assign', details: err.details, key: err.key ?? 'imports.assignFailed', params: err.key ? err.params : { code: a.code } });
          throw err;
        }
      }
      for (const d of deferred) {
        if (d.kind === 'update') st.update.run(...d.args);
        else st.relink.run(...d.args);
      }
      markBatchDone(db, batchId, JSON.stringify(counts));
      // KPI roll-up of every card this import touched (and cards sharing orders with them), with the batch going live.
      if (p !== null && current) applyPublish(db, p);
      else refreshRollups(db, { batchId, collaborationIds: params.assign.map((a) => a.collaborationId) });
      // Per shop (the next file of this shop), and for the header alone (another shop with the same export).
      const mapping = JSON.stringify(params.mapping ?? {});
      rememberMapping(db, redemptionSignature(headers, shop), params.format, mapping);
      rememberMapping(db, redemptionSignature(headers), params.format, mapping);
      return { rollup: current ? 'prepared' : 'refreshed', rollupMode: current ? p.mode : null, attempts: attempt, lockMs: performance.now() - held, waitMs: held - started };
    });
    if (publish === null) prepared = preparePublish(db, batchId, { ownOrders });
  }
  return publish;
}
