import type { TFunction } from 'i18next';
import { STORY_FRAME_METRICS, type EvidencePost } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';
import { DocHeader } from './DocHeader';
import { KvColumns } from './KvColumns';
import { EvidenceShots, postTitle } from './EvidenceSection';

const STORY_LABEL: Record<(typeof STORY_FRAME_METRICS)[number], string> = {
  views: 'story.views',
  reach: 'story.reach',
  tapsForward: 'story.tapsForward',
  tapsBack: 'story.tapsBack',
  linkClicks: 'story.linkClicks',
  replies: 'story.replies',
  stickerTaps: 'story.stickerTaps',
};

/** The figures of a post: a story's story metrics, any other post's reach and engagement. */
function figures(p: EvidencePost, t: TFunction, fmt: Formatter): [string, string][] {
  if (p.kind === 'story')
    return [
      [t('story.views'), fmt.number(p.views)],
      [t('story.reach'), fmt.number(p.reach)],
      [t('story.tapsForward'), fmt.number(p.tapsForward)],
      [t('story.tapsBack'), fmt.number(p.tapsBack)],
      [t('story.linkClicks'), fmt.number(p.clicks)],
      [t('story.replies'), fmt.number(p.replies)],
      [t('story.stickerTaps'), fmt.number(p.stickerTaps)],
    ];
  return [
    [t('content.reach'), fmt.number(p.reach)],
    [t('content.impressions'), fmt.number(p.impressions)],
    [t('content.views'), fmt.number(p.views)],
    [t('content.likes'), fmt.number(p.likes)],
    [t('content.comments'), fmt.number(p.comments)],
    [t('content.shares'), fmt.number(p.shares)],
    [t('content.saves'), fmt.number(p.saves)],
    [t('content.clicks'), fmt.number(p.clicks)],
  ];
}

/** One post's report (from the post's menu): who, where and when, its figures (per frame for a story), caption and screenshots. */
export function PostReportDoc({ post: p, brand, t, fmt, today }: { post: EvidencePost; brand: { name: string; logoDataUrl: string | null }; t: TFunction; fmt: Formatter; today: string }) {
  const rows = figures(p, t, fmt);
  return (
    <article className="kp-doc kp-report kp-post-report" data-testid="post-report-doc">
      <DocHeader brand={brand} label={t('postReport.label')} date={t('print.asOf', { date: fmt.date(today) })} />
      <h1>{postTitle(p, t, fmt)}</h1>
      <p className="kp-subtitle">
        {t('postReport.campaign', { name: p.campaignName })}
        {p.url ? ` · ${p.url}` : ''}
      </p>

      <section className="kp-section">
        <h2>{t('postReport.figures')}</h2>
        <KvColumns rows={rows} />
      </section>

      {p.frames.length > 0 && (
        <section className="kp-section">
          <h2>{t('postReport.perFrame')}</h2>
          <table className="kp-table kp-compact">
            <thead>
              <tr>
                <th>{t('postReport.frame')}</th>
                {STORY_FRAME_METRICS.map((k) => (
                  <th key={k} className="kp-num">
                    {t(STORY_LABEL[k])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.frames.map((f, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  {STORY_FRAME_METRICS.map((k) => (
                    <td key={k} className="kp-num">
                      {fmt.number(f[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {p.caption && (
        <section className="kp-section">
          <h2>{t('content.caption')}</h2>
          <p className="kp-caption">{p.caption}</p>
        </section>
      )}

      <section className="kp-section kp-evidence" data-testid="report-evidence">
        <h2>{t('postReport.shots')}</h2>
        {p.media.length ? <EvidenceShots post={p} t={t} /> : <p className="kp-muted">{t('postReport.noShots')}</p>}
      </section>
    </article>
  );
}
