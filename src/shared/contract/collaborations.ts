import { z } from 'zod';
import { method } from './define';
import { bp, currency, id, isoDate, minor } from './common';
import { COLLAB_TYPES, DELIVERABLE_KINDS, PAYMENT_STATUSES } from '../domain';
import type { CollabType, DeliverableKind, PaymentStatus, Platform, Tier } from '../domain';
import type { FileDownload } from './common';
import { codeInput } from './redemptions';

export interface DeliverableDto {
  id: number;
  kind: DeliverableKind;
  count: number;
  dueDate: string | null;
  doneAt: string | null;
}

export interface StageEventDto {
  id: number;
  fromStageId: number | null;
  toStageId: number | null;
  /** Keys/names at the time of reading (a removed stage shows as null). */
  fromKey: string | null;
  fromName: string | null;
  toKey: string | null;
  toName: string | null;
  at: string;
  note: string | null;
  /** Parameters of a keyed note (e.g. `deadline_moved`: deliverableId, kind, from, to); null for none. */
  params: Record<string, string | number> | null;
}

/** A deliverable's deadline moved from one day to another, with the history entry it wrote (collaborations/deadlines.ts). */
export interface DeadlineMove {
  deliverableId: number;
  collaborationId: number;
  kind: string;
  from: string;
  to: string;
  eventId: number;
}

export interface VoucherCodeDto {
  id: number;
  code: string;
  discountDescription: string;
  validFrom: string | null;
  validTo: string | null;
  /** Attributed orders and revenue so far (sale statuses only). */
  orders: number;
  revenueMinor: number;
}

export interface TrackingLinkDto {
  id: number;
  url: string;
  clicks: number;
}

export interface AttachmentDto {
  id: number;
  kind: string;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
}

export interface CollaborationDetail {
  id: number;
  campaignId: number;
  campaignName: string;
  campaignCurrency: string;
  stageId: number;
  position: number;
  influencer: { id: number; name: string; email: string | null; platform: Platform | null; handle: string | null; followers: number; tier: Tier; engagementRateBp: number | null };
  channelId: number | null;
  type: CollabType;
  feeMinor: number;
  productValueMinor: number;
  commissionBp: number;
  currency: string;
  paymentStatus: PaymentStatus;
  invoicedOn: string | null;
  paidOn: string | null;
  invoiceNumber: string | null;
  /** VAT on top of the fee in basis points; null = not stated. */
  vatRateBp: number | null;
  /** The fee is subject to the Künstlersozialabgabe. */
  ksk: boolean;
  paymentDueOn: string | null;
  startDate: string | null;
  contactedAt: string | null;
  notes: string;
  deliverables: DeliverableDto[];
  history: StageEventDto[];
  codes: VoucherCodeDto[];
  links: TrackingLinkDto[];
  attachments: AttachmentDto[];
}

export interface AddResult {
  added: number[];
  skipped: { influencerId: number; reason: 'already_in_campaign' | 'not_found' }[];
  /** Active collaborations in the campaign after adding (not completed, not declined). */
  active: number;
  /** The user's limit from Settings; `active > limit` means a warning. */
  limit: number;
}

export interface EmailTemplateDto {
  /** 'builtin:<key>' or the stored id as a string. */
  id: string;
  name: string;
  language: 'de' | 'en';
  subject: string;
  body: string;
  builtin: boolean;
  /** Follow-up sequence: days after the first contact, ascending; [] = none. */
  followUpDays: number[];
  /** Template the follow-ups use; null = the built-in reminder in this template's language. */
  followUpTemplateId: string | null;
}

const deliverableInput = z
  .object({
    id: id.optional(),
    kind: z.enum(DELIVERABLE_KINDS),
    count: z.number().int().min(1).max(100).default(1),
    dueDate: isoDate.nullable().optional(),
    doneAt: isoDate.nullable().optional(),
  })
  .strict();

// Own outreach templates and their follow-up sequences (collaborations/templates.ts).
/** Follow-up days after the first contact: ascending, at most 5 steps, each 1–90 days. */
const followUpDays = z
  .array(z.number().int().min(1).max(90))
  .max(5)
  .refine((d) => d.every((n, i) => i === 0 || n > d[i - 1]), { message: 'each follow-up comes after the one before', params: { key: 'followUpOrder' } });

const templateFields = {
  name: z.string().trim().min(1, 'name is required').max(120),
  language: z.enum(['de', 'en']),
  subject: z.string().max(300),
  body: z.string().min(1, 'the message is empty').max(20_000),
  followUpDays: followUpDays.default([]),
  followUpTemplateId: z.string().min(1).max(60).nullable().default(null),
};

export const collaborationsContract = {
  // Stages
  'stages.add': method<{ id: number }>()(
    z.object({ campaignId: id, name: z.string().trim().min(1, 'name is required').max(60), index: z.number().int().min(0).optional() }).strict(),
    'Add a stage (at the end, or at index)',
    { changes: ['campaigns'] },
  ),
  'stages.rename': method<{ id: number }>()(
    z.object({ id, name: z.string().trim().max(60).nullable() }).strict(),
    'Rename a stage; null restores the default name',
    { changes: ['campaigns'] },
  ),
  'stages.reorder': method<{ campaignId: number }>()(
    z.object({ campaignId: id, stageIds: z.array(id).min(1) }).strict(),
    'Set the order of all stages of a campaign',
    { changes: ['campaigns'] },
  ),
  'stages.remove': method<{ id: number; moved: number }>()(
    z.object({ id, moveCardsTo: id.optional() }).strict(),
    'Remove a stage; its cards move to moveCardsTo (required when it holds cards)',
    { changes: ['collaborations', 'campaigns'] },
  ),

  // Cards
  'collaborations.add': method<AddResult>()(
    z.object({ campaignId: id, influencerIds: z.array(id).min(1).max(500), stageId: id.optional() }).strict(),
    'Add influencers to a campaign (first stage unless given); someone already in it is skipped',
    { changes: ['collaborations', 'campaigns'] },
  ),
  'collaborations.move': method<{ id: number; stageId: number; position: number }>()(
    z.object({ id, stageId: id, index: z.number().int().min(0) }).strict(),
    'Move a card to a stage at an index (positions stay dense; the history records stage changes)',
    { changes: ['collaborations'] },
  ),
  'collaborations.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Take a card off the board (undo with restore)', { changes: ['collaborations', 'campaigns'] }),
  'collaborations.restore': method<{ id: number }>()(z.object({ id }).strict(), 'Undo a removal: the card returns to its stage', { changes: ['collaborations', 'campaigns'] }),
  'collaborations.get': method<CollaborationDetail>()(z.object({ id }).strict(), 'Everything on one card'),
  'collaborations.update': method<{ id: number; moved: DeadlineMove[] }>()(
    z
      .object({
        id,
        type: z.enum(COLLAB_TYPES).optional(),
        channelId: id.nullable().optional(),
        feeMinor: minor.optional(),
        productValueMinor: minor.optional(),
        commissionBp: bp.max(10_000).optional(),
        currency: currency.optional(),
        paymentStatus: z.enum(PAYMENT_STATUSES).optional(),
        invoicedOn: isoDate.nullable().optional(),
        paidOn: isoDate.nullable().optional(),
        invoiceNumber: z.string().trim().max(60).nullable().optional(),
        vatRateBp: bp.max(10_000).nullable().optional(),
        ksk: z.boolean().optional(),
        paymentDueOn: isoDate.nullable().optional(),
        startDate: isoDate.nullable().optional(),
        notes: z.string().max(20_000).optional(),
        /** Replaces the list (ids keep rows, missing ones are removed). */
        deliverables: z.array(deliverableInput).max(50).optional(),
      })
      .strict(),
    'Change compensation, payment status, deliverables or notes of a card',
    { changes: ['collaborations', 'campaigns'] },
  ),

  // Files
  'attachments.add': method<{ id: number }>()(
    z
      .object({
        collaborationId: id,
        kind: z.enum(['contract', 'invoice', 'other']).default('other'),
        fileName: z.string().min(1).max(260),
        dataBase64: z.string().min(1, 'the file is empty').max(70_000_000, 'the file is larger than 50 MB'),
      })
      .strict(),
    'Copy a file (contract, invoice) into the data folder',
    { changes: ['collaborations'] },
  ),
  'attachments.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete an attached file', { changes: ['collaborations'] }),
  'attachments.download': method<FileDownload>()(z.object({ id }).strict(), 'An attached file, to save or open'),
  'attachments.open': method<{ opened: boolean }>()(
    z.object({ id }).strict(),
    'Open an attached file with the system viewer (desktop only; browser mode answers UNSUPPORTED)',
  ),

  // Voucher codes
  'codes.suggest': method<{ code: string; taken: boolean }>()(
    z.object({ collaborationId: id, pattern: z.string().trim().min(1).max(60).default('{HANDLE}{PERCENT}'), percent: z.number().int().min(0).max(100).optional() }).strict(),
    'A code from a pattern ({HANDLE}, {NAME}, {FIRSTNAME}, {CAMPAIGN}, {PERCENT}, {YEAR}); upper-case ASCII, umlauts transliterated',
  ),
  'codes.add': method<{ id: number }>()(
    z
      .object({
        collaborationId: id,
        code: codeInput(),
        discountDescription: z.string().max(200).default(''),
        validFrom: isoDate.nullable().optional(),
        validTo: isoDate.nullable().optional(),
      })
      .strict()
      .refine((c) => !c.validFrom || !c.validTo || c.validFrom <= c.validTo, { message: 'valid-to is before valid-from', path: ['validTo'], params: { key: 'validToBeforeFrom' } }),
    'Give a card a voucher code; codes are unique across the database, case-insensitively',
    { changes: ['collaborations', 'campaigns', 'redemptions'] },
  ),
  'codes.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a voucher code', { changes: ['collaborations', 'campaigns', 'redemptions'] }),

  // Tracking links
  'links.build': method<{ url: string }>()(
    z.object({ collaborationId: id, baseUrl: z.string().url().optional() }).strict(),
    "A UTM link for a card from the campaign's base URL and UTM rules",
  ),
  'links.add': method<{ id: number }>()(z.object({ collaborationId: id, url: z.string().url() }).strict(), 'Save a tracking link on a card', { changes: ['collaborations'] }),
  'links.update': method<{ id: number }>()(z.object({ id, clicks: z.number().int().min(0) }).strict(), 'Record the clicks a link got', { changes: ['collaborations', 'campaigns'] }),
  'links.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a tracking link', { changes: ['collaborations', 'campaigns'] }),
  'links.qr': method<{ pngBase64: string }>()(
    z.object({ url: z.string().url(), size: z.number().int().min(64).max(2048).default(512) }).strict(),
    'A QR code of a link, as PNG',
  ),

  // Outreach
  'outreach.templates': method<EmailTemplateDto[]>()(z.object({ language: z.enum(['de', 'en']).optional() }).strict(), 'E-mail templates, built-in and own'),
  'outreach.compose': method<{ mailto: string; to: string | null; subject: string; body: string }>()(
    z.object({ collaborationId: id, templateId: z.string().min(1) }).strict(),
    'A filled-in e-mail for a card, with a mailto: link',
  ),
  'outreach.logContacted': method<{ id: number; contactedAt: string }>()(
    z.object({ collaborationId: id, templateId: z.string().min(1).max(60).optional() }).strict(),
    'Note on the card (and the influencer) that they were contacted today; with the template used, its follow-up sequence starts',
    { changes: ['collaborations', 'influencers'] },
  ),
  'outreach.createTemplate': method<{ id: string }>()(z.object(templateFields).strict(), 'Create an own e-mail / DM template', { changes: ['collaborations', 'planning'] }),
  'outreach.updateTemplate': method<{ id: string }>()(
    z.object({ id, ...templateFields }).strict(),
    'Edit an own template (built-in ones are read-only: duplicate them)',
    { changes: ['collaborations', 'planning'] },
  ),
  'outreach.duplicateTemplate': method<{ id: string }>()(
    z.object({ templateId: z.string().min(1).max(60), name: z.string().trim().min(1).max(120).optional() }).strict(),
    'Copy a template (built-in or own) into a new own template',
    { changes: ['collaborations', 'planning'] },
  ),
  'outreach.removeTemplate': method<{ id: string }>()(z.object({ id }).strict(), 'Delete an own template (undo with outreach.restoreTemplate)', {
    changes: ['collaborations', 'planning'],
  }),
  'outreach.restoreTemplate': method<{ id: string }>()(z.object({ id }).strict(), 'Bring back a deleted own template', { changes: ['collaborations', 'planning'] }),
  'outreach.preview': method<{ subject: string; body: string; unknown: string[] }>()(
    z.object({ collaborationId: id, language: z.enum(['de', 'en']), subject: z.string().max(300), body: z.string().max(20_000) }).strict(),
    'A template text filled in with a real card’s values (live preview); `unknown` lists placeholders without a value',
  ),
};
