import type { z } from 'zod';
import { appContract } from './app';
import { influencersContract } from './influencers';
import { campaignsContract } from './campaigns';
import { insightsContract } from './insights';
import { directoryContract } from './directory';
import { collaborationsContract } from './collaborations';
import { redemptionsContract } from './redemptions';
import { contentContract } from './content';
import { briefingsContract } from './briefings';
import { trashContract } from './trash';
import { backupsContract } from './backups';
import { planningContract } from './planning';
import { reportsContract } from './reports';
import { paymentsContract } from './payments';
import { searchContract } from './search';
import { outreachContract } from './outreach';
import type { MethodDef } from './define';

/** Every operation of the API, declared once. Main serves it, preload forwards it, the renderer calls it. */
export const contract = {
  ...appContract,
  ...influencersContract,
  ...campaignsContract,
  ...insightsContract,
  ...directoryContract,
  ...collaborationsContract,
  ...redemptionsContract,
  ...contentContract,
  ...briefingsContract,
  ...trashContract,
  ...backupsContract,
  ...planningContract,
  ...reportsContract,
  ...paymentsContract,
  ...searchContract,
  ...outreachContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './app';
export * from './influencers';
export * from './campaigns';
export * from './insights';
export * from './directory';
export * from './collaborations';
export * from './redemptions';
export * from './content';
export * from './briefings';
export * from './trash';
export * from './backups';
export * from './planning';
export * from './reports';
export * from './payments';
export * from './search';
export type { MethodDef } from './define';
export * from './outreach';
