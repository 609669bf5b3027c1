import type { TFunction } from 'i18next';
import type { EvidencePost, KpiFigures, ReportData, ReportTable } from '../../../../shared/contract';
import { EvidenceSection } from './EvidenceSection';
import { KvColumns } from './KvColumns';
import type { Locale } from '../../../../shared/domain';
import type { Formatter } from '../../lib/format';
import { DocHeader } from './DocHeader';

type Doc = ReportData & { language: Locale };

interface Props {
  doc: Doc;
  logoDataUrl: string | null;
  /** A campaign report's story evidence (screenshots of its posts). */
  evidence?: EvidencePost[];
  t: TFunction;
  fmt: Formatter;
}

type Column = ReportTable['columns'][number];

function cell(v: string | number | null, col: Column, currency: string, fmt: Formatter, t: TFunction): string {
  const kind = col.kind;
  if (v == null || v === '') return kind === 'text' ? '' : fmt.number(null);
  if (typeof v === 'string') {
    if (kind === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(v)) return fmt.date(v);
    if (/^\d{4}-W\d{2}$/.test(v)) return fmt.isoWeek(v);
    // the cost table names its parts by column key
    if (col.key === 'part') return t(`kpis.columns.${v}`, { defaultValue: v });
    return v;
  }
  switch (kind) {
    case 'times':
      return fmt.multipleBp(v);
    case 'money':
      return fmt.money(v, currency);
    case 'bp':
      return fmt.percentBp(v, 2);
    case 'decimal':
      return fmt.number(v, 2);
    case 'int':
      return fmt.number(v);
    default:
      return String(v);
  }
}

/** The key figures as label/value rows (the same set and rules as the dashboards). */
function figureRows(f: KpiFigures, t: TFunction, fmt: Formatter): [string, string, string?][] {
  const m = (v: number | null) => fmt.money(v, f.currency);
  const apart = (list: KpiFigures['revenueUnconverted']) =>
    list.filter((u) => u.minor !== 0).map((u) => t('kpiui.withoutRate', { amount: fmt.moneyCode(u.minor, u.currency) })).join(' · ');
  return [
    [t('kpiui.kpi.revenue'), m(f.revenueMinor), apart(f.revenueUnconverted)],
    [t('kpiui.kpi.cost'), m(f.costMinor), apart(f.cost.unconverted)],
    [t('kpiui.kpi.roas'), fmt.multipleBp(f.roasBp)],
    [t('kpiui.kpi.roi'), fmt.percentBp(f.roiBp, 0)],
    [t('kpiui.kpi.reach'), fmt.number(f.reach)],
    [t('kpiui.kpi.impressions'), fmt.number(f.impressions)],
    [t('kpiui.kpi.engagements'), fmt.number(f.engagements)],
    [t('kpiui.kpi.erWithBasis', { basis: t(`kpis.erBasis.${f.erBasis}`) }), fmt.percentBp(f.engagementRateBp, 2)],
    [t('kpiui.kpi.clicks'), fmt.number(f.clicks)],
    [t('kpiui.kpi.ctr'), fmt.percentBp(f.ctrBp, 2)],
    [t('kpiui.kpi.conversions'), fmt.number(f.conversions, 2)],
    [t('kpiui.kpi.conversionRate'), fmt.percentBp(f.conversionRateBp, 2)],
    [t('kpiui.kpi.aov'), m(f.aovMinor)],
    [t('kpiui.kpi.cpm'), m(f.cpmMinor)],
    [t('kpiui.kpi.cpe'), m(f.cpeMinor)],
    [t('kpiui.kpi.cpc'), m(f.cpcMinor)],
    [t('kpiui.kpi.cpa'), m(f.cpaMinor)],
    [t('kpiui.kpi.emv'), m(f.emvMinor)],
  ];
}

/** A campaign results report or the portfolio report: brand header, key figures, targets, cost, tables, rules. */
export function ReportDoc({ doc, logoDataUrl, evidence, t, fmt }: Props) {
  const f = doc.totals;
  const rows = figureRows(f, t, fmt);
  // the core sends the parameters of the rule texts in the report's language
  const params = doc.ruleParams;
  const period = doc.range.from || doc.range.to ? fmt.dateRange(doc.range.from, doc.range.to) : t('kpiui.report.allTime');
  return (
    <article className="kp-doc kp-report" data-testid="report-doc">
      <DocHeader
        brand={{ name: doc.brandName, logoDataUrl }}
        label={t(doc.kind === 'campaign' ? 'kpiui.report.campaignLabel' : 'kpiui.report.portfolioLabel')}
        date={t('print.asOf', { date: fmt.date(doc.generatedOn) })}
      />
      <h1>{doc.title}</h1>
      <p className="kp-subtitle">
        {t('kpiui.report.period')}: {period} · {t('kpiui.report.currency', { currency: doc.currency })}
      </p>
      {doc.filter.campaigns.length ? <p className="kp-subtitle">{t('kpiui.report.filterCampaigns', { names: doc.filter.campaigns.join(', ') })}</p> : null}
      {doc.filter.influencers.length ? <p className="kp-subtitle">{t('kpiui.report.filterInfluencers', { names: doc.filter.influencers.join(', ') })}</p> : null}

      <section className="kp-section">
        <h2>{t('kpiui.report.keyFigures')}</h2>
        <KvColumns rows={rows} />
      </section>

      {doc.targets.length > 0 && (
        <section className="kp-section">
          <h2>{t('kpiui.report.targets')}</h2>
          <table className="kp-table">
            <thead>
              <tr>
                <th>{t('kpiui.report.kpi')}</th>
                <th className="kp-num">{t('kpiui.report.target')}</th>
                <th className="kp-num">{t('kpiui.report.actual')}</th>
                <th className="kp-num">{t('kpiui.report.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.targets.map((tp) => {
                const show = (v: number | null) =>
                  tp.key === 'revenueMinor' ? fmt.money(v, doc.currency) : tp.key === 'roasBp' ? fmt.multipleBp(v) : tp.key === 'engagementRateBp' ? fmt.percentBp(v, 2) : fmt.number(v, 2);
                return (
                  <tr key={tp.key}>
                    <td>{t(`kpiui.targets.${tp.key}`)}</td>
                    <td className="kp-num">{show(tp.target)}</td>
                    <td className="kp-num">{show(tp.actual)}</td>
                    <td className="kp-num">{fmt.percentBp(tp.progressBp, 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {doc.tables.map((tb) => (
        <section className="kp-section" key={tb.key}>
          <h2>{t(`kpis.tables.${tb.key}`, { defaultValue: tb.key })}</h2>
          {tb.rows.length === 0 ? (
            <p className="kp-muted">{t('kpiui.report.noRows')}</p>
          ) : (
            <table className="kp-table kp-compact kp-report-table">
              <thead>
                <tr>
                  {tb.columns.map((c) => (
                    <th key={c.key} className={c.kind === 'text' || c.kind === 'date' ? undefined : 'kp-num'}>
                      {t(`kpis.columns.${c.key}`, { defaultValue: c.key })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tb.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) => {
                      const col: Column = tb.columns[j] ?? { key: '', kind: 'text' };
                      return (
                        <td key={j} className={col.kind === 'text' || col.kind === 'date' ? undefined : 'kp-num'}>
                          {cell(v, col, doc.currency, fmt, t)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}

      {evidence && <EvidenceSection posts={evidence} t={t} fmt={fmt} />}

      <section className="kp-section kp-appendix">
        <h2>{t('kpiui.report.appendix')}</h2>
        <dl className="kp-rules">
          {doc.rules.map((k) => (
            <div key={k}>
              <dt>{t(`kpis.rules.${k}.title`, params)}</dt>
              <dd>{t(`kpis.rules.${k}.body`, params)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
