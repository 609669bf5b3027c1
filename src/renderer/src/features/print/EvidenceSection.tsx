import type { TFunction } from 'i18next';
import type { EvidencePost } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';

/**
 * A post's screenshots as a grid of thumbnails, each captioned with its frame and file name. The images arrive
 * scaled to print size (PrintPage → printSizedImage), and print.css keeps each one within 42 × 75 mm.
 */
export function EvidenceShots({ post, t }: { post: EvidencePost; t: TFunction }) {
  return (
    <div className="kp-evidence-shots">
      {post.media.map((m) => (
        <figure key={m.id}>
          <img src={m.dataUrl} alt={t('evidence.alt', { name: m.fileName })} />
          <figcaption className="kp-small">{m.frame !== null ? t('evidence.frameCaption', { n: m.frame + 1, name: m.fileName }) : m.fileName}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/** "Anja Schön · Story · Instagram · 19.11.2026": who posted what, where and when. */
export function postTitle(p: EvidencePost, t: TFunction, fmt: Formatter): string {
  return `${p.person} · ${t(`card.kinds.${p.kind}`)} · ${t(`platforms.${p.platform}`)} · ${p.postedAt ? fmt.date(p.postedAt) : t('content.noDate')}`;
}

/** The campaign's story evidence in the printed report: per post the person, what and when, and its screenshots. */
export function EvidenceSection({ posts, t, fmt }: { posts: EvidencePost[]; t: TFunction; fmt: Formatter }) {
  if (!posts.length) return null;
  return (
    <section className="kp-section kp-evidence" data-testid="report-evidence">
      <h2>{t('evidence.reportTitle')}</h2>
      <p className="kp-muted">{t('evidence.reportIntro')}</p>
      {posts.map((p) => (
        <div className="kp-evidence-post" key={p.postId}>
          <h3>{postTitle(p, t, fmt)}</h3>
          <p className="kp-small">
            {t('story.views')}: {fmt.number(p.views)} · {t('story.reach')}: {fmt.number(p.reach)} · {t(p.kind === 'story' ? 'story.linkClicks' : 'content.clicks')}: {fmt.number(p.clicks)}
            {p.url ? ` · ${p.url}` : ''}
          </p>
          <EvidenceShots post={p} t={t} />
        </div>
      ))}
    </section>
  );
}
