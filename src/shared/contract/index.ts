import type { z } from 'zod';
import { backupsContract } from './backups';
import { briefingsContract } from './briefings';
import { campaignsContract } from './campaigns';
import { collaborationsContract } from './collaborations';
import { contentContract } from './content';
import { importsContract } from './imports';
import { influencersContract } from './influencers';
import { insightsContract } from './insights';
import { paymentsContract } from './payments';
import { planningContract } from './planning';
import { redemptionsContract } from './redemptions';
import { reportsContract } from './reports';
import { samplesContract } from './samples';
import { searchContract } from './search';
import { settingsContract } from './settings';
import { trashContract } from './trash';
import type { MethodDef } from './define';

/**
 * Every operation of the API, declared once. Main serves it, preload forwards it, the renderer calls it.
 * One file per domain folder: the methods of `<domain>.ts` are served by src/main/<domain>/handlers.ts
 * (test/unit/core/contract-layout.test.ts keeps the two in step).
 */
export const contract = {
  ...backupsContract,
  ...briefingsContract,
  ...campaignsContract,
  ...collaborationsContract,
  ...contentContract,
  ...importsContract,
  ...influencersContract,
  ...insightsContract,
  ...paymentsContract,
  ...planningContract,
  ...redemptionsContract,
  ...reportsContract,
  ...samplesContract,
  ...searchContract,
  ...settingsContract,
  ...trashContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './backups';
export * from './briefings';
export * from './campaigns';
export * from './collaborations';
export * from './content';
export * from './imports';
export * from './influencers';
export * from './insights';
export * from './payments';
export * from './planning';
export * from './redemptions';
export * from './reports';
export * from './samples';
export * from './search';
export * from './settings';
export * from './trash';
export type { FileDownload } from './common';
export type { MethodDef } from './define';
