import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { PostDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { type Formatter } from '../../../lib/format';
import { type DisclosureRules, type DisclosureVerdict } from '../../../../../shared/disclosure';

/** The reason of a verdict in the user's language; "missing" keeps the short hint that names the label. */
export function verdictText(v: DisclosureVerdict, t: TFunction, typing = false): string {
  if (v.status === 'ok') return `${t('content.hintFound')} ${t(v.key, v.params)}`;
  if (v.status === 'missing' || (typing && v.status === 'empty')) return t('content.hintMissing', { tag: v.params.expected });
  return t(v.key, v.params);
}

/** The rules this card's captions are checked by (the core's: campaign label, audience, position); the label alone until loaded. */
export function useDisclosureRules(collaborationId: number, disclosureText: string): DisclosureRules {
  const [rules, setRules] = useState<DisclosureRules | null>(null);
  useEffect(() => {
    let live = true;
    api.call('posts.disclosureRules', { collaborationId }).then(
      (r) => live && setRules(r),
      () => live && setRules(null),
    );
    return () => {
      live = false;
    };
  }, [collaborationId, disclosureText]);
  return rules ?? { campaignLabel: disclosureText };
}

export function postLabel(p: Pick<PostDto, 'platform' | 'kind' | 'postedAt'>, t: TFunction, fmt: Formatter): string {
  return `${t(`platforms.${p.platform}`)} ${t(`card.kinds.${p.kind}`)} · ${p.postedAt ? fmt.date(p.postedAt) : t('content.noDate')}`;
}

/** 'instagram.com/p/x' → 'https://instagram.com/p/x'; null when it is no web address. */
export function normaliseUrl(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`;
  try {
    const u = new URL(withScheme);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') ? u.toString() : null;
  } catch {
    return null;
  }
}

export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}
