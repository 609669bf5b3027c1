/** The whole domain's schema, one module per domain; drizzle-kit reads this file. */
export * from '../settings/schema';
export * from '../influencers/schema';
export * from '../campaigns/schema';
export * from '../collaborations/schema';
export * from '../samples/schema';
export * from '../briefings/schema';
export * from '../content/schema';
export * from '../imports/schema';
export * from '../redemptions/schema';
export * from '../planning/schema';
export * from '../insights/schema';
