import type { TFunction } from 'i18next';
import type { ShortlistDocument, ShortlistEntry } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';
import { countryName, languageName } from '../../lib/displayNames';
import { DocHeader } from './DocHeader';
import { fitReasonPoints, fitReasonText } from '../../lib/fitReasons';

interface Props {
  doc: ShortlistDocument;
  t: TFunction;
  fmt: Formatter;
}

function Bar({ label, bp, fmt }: { label: string; bp: number; fmt: Formatter }) {
  const pct = Math.max(0, Math.min(100, bp / 100));
  return (
    <div className="kp-bar">
      <span className="kp-bar-label">{label}</span>
      <span className="kp-bar-track">
        <span className="kp-bar-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="kp-bar-value">{fmt.percentBp(bp, 0)}</span>
    </div>
  );
}

function Entry({ e, doc, t, fmt, n }: Props & { e: ShortlistEntry; n: number }) {
  const lang = doc.language;
  const audience = e.audience;
  const ages = audience ? Object.entries(audience.ageBands).filter(([, v]) => v > 0).sort(([a], [b]) => a.localeCompare(b)) : [];
  const g = audience?.gender;
  return (
    <article className="kp-doc kp-page">
      <DocHeader
        brand={doc.brand}
        label={`${t('print.shortlist')} · ${doc.campaign.name}`}
        date={t('print.asOf', { date: fmt.date(doc.generatedOn) })}
        extra={t('print.short.page', { n, total: doc.entries.length })}
      />
      <header className="kp-title">
        <h1>{e.name}</h1>
        <p className="kp-subtitle">
          {e.channels[0] ? `@${e.channels[0].handle.replace(/^@/, '')} · ${t(`platforms.${e.channels[0].platform}`)}` : ''}
          {e.country ? ` · ${countryName(e.country, lang)}` : ''}
        </p>
      </header>
      <div className="kp-stats">
        <div className="kp-stat">
          <span className="kp-stat-label">{t('print.short.followers')}</span>
          <span className="kp-stat-value">{fmt.number(e.followers)}</span>
        </div>
        <div className="kp-stat">
          <span className="kp-stat-label">{t('print.short.er')}</span>
          <span className="kp-stat-value">{fmt.percentBp(e.engagementRateBp, 1)}</span>
        </div>
        <div className="kp-stat">
          <span className="kp-stat-label">{t('print.short.tier')}</span>
          <span className="kp-stat-value">{t(`tiers.${e.tier}`)}</span>
        </div>
        <div className="kp-stat">
          <span className="kp-stat-label">{t('print.short.fit')}</span>
          <span className="kp-stat-value">{e.fitScore == null ? '–' : t('print.short.fitValue', { score: e.fitScore })}</span>
          {e.fitScore == null && <span className="kp-muted kp-small">{t('print.short.noTarget')}</span>}
        </div>
      </div>

      {e.fitScore != null && e.fitReasons.length > 0 && (
        <section className="kp-section kp-fit-reasons" data-testid="fit-reasons">
          <h2>{t('print.short.fitWhy')}</h2>
          <table className="kp-kv">
            <tbody>
              {e.fitReasons.map((r, i) => {
                const { points, max } = fitReasonPoints(r);
                return (
                  <tr key={i}>
                    <th scope="row">{fitReasonText(r, t, fmt)}</th>
                    <td className="kp-num">{t('fitReasons.points', { points: fmt.number(points, 1), max: fmt.number(max) })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      <div className="kp-person-grid">
        <section className="kp-card">
          <h3>{t('print.short.channels')}</h3>
          <table className="kp-table kp-compact">
            <tbody>
              {e.channels.map((c) => (
                <tr key={`${c.platform}:${c.handle}`}>
                  <td>{t(`platforms.${c.platform}`)}</td>
                  <td>@{c.handle.replace(/^@/, '')}</td>
                  <td className="kp-num">{fmt.number(c.followers)}</td>
                  <td className="kp-num">{fmt.percentBp(c.engagementRateBp, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="kp-meta kp-meta-stack">
            {e.niches.length > 0 && (
              <div>
                <dt>{t('print.short.niches')}</dt>
                <dd>{e.niches.map((x) => t(`niches.${x}`, { defaultValue: x })).join(', ')}</dd>
              </div>
            )}
            {e.language && (
              <div>
                <dt>{t('print.short.language')}</dt>
                <dd>{languageName(e.language, lang)}</dd>
              </div>
            )}
            <div>
              <dt>{t('print.short.type')}</dt>
              <dd>{t(`collabTypes.${e.type}`)}</dd>
            </div>
            {e.feeMinor > 0 && (
              <div>
                <dt>{t('print.short.plannedFee')}</dt>
                <dd>{fmt.money(e.feeMinor, e.currency)}</dd>
              </div>
            )}
          </dl>
        </section>
        <section className="kp-card">
          <h3>{t('print.short.rates')}</h3>
          {e.rates.length ? (
            <table className="kp-kv">
              <tbody>
                {e.rates.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{t(`print.deliverables.kinds.${r.kind}`, { defaultValue: r.kind })}</th>
                    <td className="kp-num">{fmt.money(r.amountMinor, r.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="kp-muted">{t('print.short.noRates')}</p>
          )}
        </section>
      </div>

      <section className="kp-section">
        <h2>{t('print.short.audience')}</h2>
        {audience ? (
          <div className="kp-audience">
            <div>
              <h3>{t('print.short.countries')}</h3>
              {audience.topCountries.slice(0, 5).map((c) => (
                <Bar key={c.country} label={countryName(c.country, lang)} bp={c.shareBp} fmt={fmt} />
              ))}
            </div>
            <div>
              <h3>{t('print.short.ages')}</h3>
              {ages.map(([band, v]) => (
                <Bar key={band} label={band} bp={v} fmt={fmt} />
              ))}
            </div>
            {g && g.female + g.male + g.other > 0 && (
              <div>
                <h3>{t('print.short.gender')}</h3>
                <Bar label={t('print.short.female')} bp={g.female} fmt={fmt} />
                <Bar label={t('print.short.male')} bp={g.male} fmt={fmt} />
                {g.other > 0 && <Bar label={t('print.short.other')} bp={g.other} fmt={fmt} />}
              </div>
            )}
          </div>
        ) : (
          <p className="kp-muted">{t('print.short.noAudience')}</p>
        )}
      </section>
    </article>
  );
}

/** The shortlist: one page per influencer with the numbers a decision needs. */
export function ShortlistDoc({ doc, t, fmt }: Props) {
  if (doc.entries.length === 0) {
    return (
      <article className="kp-doc">
        <DocHeader brand={doc.brand} label={`${t('print.shortlist')} · ${doc.campaign.name}`} date={t('print.asOf', { date: fmt.date(doc.generatedOn) })} />
        <p className="kp-muted">{t('print.short.none')}</p>
      </article>
    );
  }
  return (
    <>
      {doc.entries.map((e, i) => (
        <Entry key={e.collaborationId} e={e} doc={doc} t={t} fmt={fmt} n={i + 1} />
      ))}
    </>
  );
}
