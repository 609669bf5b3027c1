import type { TFunction } from 'i18next';
import type { EvidencePost } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';

/** The campaign's story evidence in the printed report: per post the person, what and when, and its screenshots. */
export function EvidenceSection({ posts, t, fmt }: { posts: EvidencePost[]; t: TFunction; fmt: Formatter }) {
  if (!posts.length) return null;
  return (
    <section className="kp-section kp-evidence" data-testid="report-evidence">
      <h2>{t('evidence.reportTitle')}</h2>
      <p className="kp-muted">{t('evidence.reportIntro')}</p>
      {posts.map((p) => (
        <div className="kp-evidence-post" key={p.postId}>
          <h3>
            {p.person} · {t(`card.kinds.${p.kind}`)} · {t(`platforms.${p.platform}`)} · {p.postedAt ? fmt.date(p.postedAt) : t('content.noDate')}
          </h3>
          <p className="kp-small">
            {t('story.views')}: {fmt.number(p.views)} · {t('story.reach')}: {fmt.number(p.reach)} · {t(p.kind === 'story' ? 'story.linkClicks' : 'content.clicks')}: {fmt.number(p.clicks)}
            {p.url ? ` · ${p.url}` : ''}
          </p>
          <div className="kp-evidence-shots">
            {p.media.map((m) => (
              <figure key={m.id}>
                <img src={m.dataUrl} alt={t('evidence.alt', { name: m.fileName })} />
                <figcaption className="kp-small">{m.frame !== null ? `${t('story.frames')} ${m.frame + 1} · ${m.fileName}` : m.fileName}</figcaption>
              </figure>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
