import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';
import { PAYMENT_STATUSES, type DeliverableKind } from '../../shared/domain';
import { campaigns, stages } from '../campaigns/schema';
import { channels, influencers } from '../influencers/schema';

/** One influencer in one campaign: a card on the board. */
export const collaborations = sqliteTable(
  'collaborations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    influencerId: integer('influencer_id')
      .notNull()
      .references(() => influencers.id, { onDelete: 'cascade' }),
    stageId: integer('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    /** 0-based order within the stage; the collaborations service keeps each stage dense (0..n-1). */
    position: integer('position').notNull(),
    /** Channel the collaboration runs on. */
    channelId: integer('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    /** src/shared/domain.ts COLLAB_TYPES */
    type: text('type').notNull().default('product_test'),
    feeMinor: integer('fee_minor').notNull().default(0),
    productValueMinor: integer('product_value_minor').notNull().default(0),
    commissionBp: integer('commission_bp').notNull().default(0),
    currency: text('currency').notNull().default('EUR'),
    paymentStatus: text('payment_status', { enum: PAYMENT_STATUSES }).notNull().default('agreed'),
    invoicedOn: text('invoiced_on'),
    paidOn: text('paid_on'),
    /** The influencer's invoice number, for the bookkeeper (src/main/payments). */
    invoiceNumber: text('invoice_number'),
    /** VAT on top of the (net) fee in basis points (1900 = 19 %); null = not stated (e.g. small business, §19 UStG). */
    vatRateBp: integer('vat_rate_bp'),
    /** The fee is subject to the German Künstlersozialabgabe (artists' social insurance levy). */
    ksk: integer('ksk', { mode: 'boolean' }).notNull().default(false),
    /** Payment due date when the invoice names one; else invoice date + Settings paymentTermsDays. */
    paymentDueOn: text('payment_due_on'),
    startDate: text('start_date'),
    contactedAt: text('contacted_at'),
    /** Template of the last first contact ('builtin:…' or an own template's id): its follow-up sequence applies. */
    outreachTemplateId: text('outreach_template_id'),
    /** Follow-ups of that sequence sent since the first contact (0 = none yet). */
    followUpStep: integer('follow_up_step').notNull().default(0),
    notes: text('notes').notNull().default(''),
    /** Soft removal from the board, for undo. */
    removedAt: text('removed_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('collaborations_campaign_influencer_uq').on(t.campaignId, t.influencerId),
    index('collaborations_stage_idx').on(t.stageId, t.position),
    index('collaborations_influencer_idx').on(t.influencerId),
  ],
);

export const deliverables = sqliteTable(
  'deliverables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().$type<DeliverableKind>(),
    count: integer('count').notNull().default(1),
    dueDate: text('due_date'),
    doneAt: text('done_at'),
  },
  (t) => [index('deliverables_collab_idx').on(t.collaborationId)],
);

/** Timeline of stage changes (status history). */
export const stageEvents = sqliteTable(
  'stage_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    fromStageId: integer('from_stage_id').references(() => stages.id, { onDelete: 'set null' }),
    toStageId: integer('to_stage_id').references(() => stages.id, { onDelete: 'set null' }),
    at: text('at').notNull(),
    note: text('note'),
    /** Parameters of an event note, JSON (e.g. deadline_moved: { kind, from, to }). */
    params: text('params'),
  },
  (t) => [index('stage_events_collab_idx').on(t.collaborationId, t.at)],
);

/** Contracts, invoices: copied into the data folder; stored_name is relative to <data>/attachments. */
export const attachments = sqliteTable('attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  collaborationId: integer('collaboration_id')
    .notNull()
    .references(() => collaborations.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull().default('other'),
  fileName: text('file_name').notNull(),
  storedName: text('stored_name').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  ...timestamps,
});

export const voucherCodes = sqliteTable(
  'voucher_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    /** As the user typed or generated it. */
    code: text('code').notNull(),
    /** Upper-cased, for case-insensitive uniqueness across the whole database and matching redemptions. */
    codeNorm: text('code_norm').notNull(),
    discountDescription: text('discount_description').notNull().default(''),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    ...timestamps,
  },
  (t) => [uniqueIndex('voucher_codes_norm_uq').on(t.codeNorm), index('voucher_codes_collab_idx').on(t.collaborationId)],
);

export const trackingLinks = sqliteTable('tracking_links', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  collaborationId: integer('collaboration_id')
    .notNull()
    .references(() => collaborations.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  /** Clicks as reported by the link shortener or analytics, typed in. */
  clicks: integer('clicks').notNull().default(0),
  ...timestamps,
});

export const emailTemplates = sqliteTable('email_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  language: text('language').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  /** Follow-up sequence: days after the first contact, ascending (JSON array, e.g. [5, 10]); [] = none. */
  followUpDays: text('follow_up_days').notNull().default('[]'),
  /** The template the follow-ups are sent with; null = the built-in reminder in the template's language. */
  followUpTemplateId: text('follow_up_template_id'),
  /** Deleted (kept for undo). */
  deletedAt: text('deleted_at'),
  ...timestamps,
});
