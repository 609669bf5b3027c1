import type { TFunction } from 'i18next';
import type { BriefingDocument, BriefingSectionOut, SectionKey } from '../../../../shared/contract';
import type { Formatter } from '../../lib/format';
import { Markdown } from '../../components/Markdown';
import { DocHeader } from './DocHeader';

interface Props {
  doc: BriefingDocument;
  t: TFunction;
  fmt: Formatter;
}

function Section({ s, t }: { s: BriefingSectionOut; t: TFunction }) {
  return (
    <section className={`kp-section kp-section-${s.key}`}>
      <h2>{t(`print.sections.${s.key}`)}</h2>
      <Markdown text={s.text} className="kp-md" />
    </section>
  );
}

function DisclosureBox({ doc, t }: Props) {
  return (
    <aside className="kp-disclosure" aria-label={t('print.disclosure.title')}>
      <div className="kp-disclosure-label">{t('print.disclosure.title')}</div>
      <div className="kp-disclosure-tag">{doc.disclosure.tag}</div>
      <p>{t('print.disclosure.text')}</p>
      {doc.disclosure.alsoTag && <p className="kp-disclosure-also">{t('print.disclosure.also', { tag: doc.disclosure.alsoTag })}</p>}
    </aside>
  );
}

function PersonBlock({ doc, t, fmt }: Props) {
  const p = doc.person!;
  const hasComp = p.feeMinor > 0 || p.productValueMinor > 0 || p.commissionBp > 0;
  return (
    <section className="kp-section kp-person">
      <h2>{t('print.person.title')}</h2>
      <div className="kp-person-grid">
        <div className="kp-card">
          <h3>{t('print.person.compensation')}</h3>
          {hasComp ? (
            <table className="kp-kv">
              <tbody>
                {p.feeMinor > 0 && (
                  <tr>
                    <th scope="row">{t('print.person.fee')}</th>
                    <td className="kp-num">{fmt.money(p.feeMinor, p.currency)}</td>
                  </tr>
                )}
                {p.productValueMinor > 0 && (
                  <tr>
                    <th scope="row">{t('print.person.productValue')}</th>
                    <td className="kp-num">{fmt.money(p.productValueMinor, p.currency)}</td>
                  </tr>
                )}
                {p.commissionBp > 0 && (
                  <tr>
                    <th scope="row">{t('print.person.commission')}</th>
                    <td>{t('print.person.commissionValue', { percent: fmt.percentBp(p.commissionBp) })}</td>
                  </tr>
                )}
              </tbody>
            </table>
          ) : (
            <p className="kp-muted">{t('print.person.noCompensation')}</p>
          )}
        </div>
        {p.codes.length > 0 && (
          <div className="kp-card">
            <h3>{p.codes.length > 1 ? t('print.person.codesMany') : t('print.person.codes')}</h3>
            {p.codes.map((c) => (
              <div key={c.code} className="kp-code-row">
                <span className="kp-code">{c.code}</span>
                <span className="kp-code-meta">
                  {c.discountDescription && <span>{c.discountDescription}</span>}
                  {(c.validFrom || c.validTo) && (
                    <span className="kp-muted">
                      {[c.validFrom && t('print.person.validFrom', { date: fmt.date(c.validFrom) }), c.validTo && t('print.person.validTo', { date: fmt.date(c.validTo) })]
                        .filter(Boolean)
                        .join(' ')}
                    </span>
                  )}
                </span>
              </div>
            ))}
          </div>
        )}
      </div>
      {p.links.length > 0 && (
        <div className="kp-card kp-link-card">
          <div className="kp-link-text">
            <h3>{t('print.person.link')}</h3>
            {p.links.map((l) => (
              <div key={l.url} className="kp-url">
                {l.url}
              </div>
            ))}
            <p className="kp-muted">{t('print.person.linkHint')}</p>
          </div>
          <img className="kp-qr" src={p.links[0]!.qrDataUrl} alt={t('print.person.qrAlt')} width={112} height={112} />
        </div>
      )}
    </section>
  );
}

function DeliverablesBlock({ doc, t, fmt }: Props) {
  const p = doc.person!;
  return (
    <section className="kp-section">
      <h2>{t('print.deliverables.title')}</h2>
      {p.deliverables.length === 0 ? (
        <p className="kp-muted">{t('print.deliverables.none')}</p>
      ) : (
        <table className="kp-table">
          <thead>
            <tr>
              <th>{t('print.deliverables.what')}</th>
              <th className="kp-num">{t('print.deliverables.count')}</th>
              <th>{t('print.deliverables.due')}</th>
            </tr>
          </thead>
          <tbody>
            {p.deliverables.map((d, i) => (
              <tr key={i}>
                <td>{t(`print.deliverables.kinds.${d.kind}`, { defaultValue: d.kind })}</td>
                <td className="kp-num">{d.count}</td>
                <td>
                  <strong>{d.dueDate ? fmt.date(d.dueDate) : t('print.deliverables.toAgree')}</strong>
                  {d.done && <span className="kp-pill">{t('print.deliverables.done')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SamplesBlock({ doc, t, fmt }: Props) {
  const p = doc.person!;
  if (p.samples.length === 0) return null;
  return (
    <section className="kp-section">
      <h2>{t('print.samples.title')}</h2>
      <table className="kp-table">
        <thead>
          <tr>
            <th className="kp-col-wide">{t('print.samples.items')}</th>
            <th>{t('print.samples.status')}</th>
            <th>{t('print.samples.shipping')}</th>
          </tr>
        </thead>
        <tbody>
          {p.samples.map((s, i) => (
            <tr key={i}>
              <td>
                {s.items.length
                  ? s.items.map((it, j) => (
                      <div key={j}>
                        {it.quantity > 1 ? `${it.quantity} × ` : ''}
                        {it.name}
                      </div>
                    ))
                  : '–'}
              </td>
              <td>
                {t(`print.samples.statuses.${s.status}`, { defaultValue: s.status })}
                {s.deliveredOn ? (
                  <div className="kp-muted">{t('print.samples.deliveredOn', { date: fmt.date(s.deliveredOn) })}</div>
                ) : s.shippedOn ? (
                  <div className="kp-muted">{t('print.samples.shippedOn', { date: fmt.date(s.shippedOn) })}</div>
                ) : null}
              </td>
              <td>{[s.carrier, s.trackingNumber].filter(Boolean).join(' · ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const BEFORE_PERSON: SectionKey[] = ['goals', 'keyMessage', 'tone'];

/** The printed briefing: brand header, title, mandatory label, the person's part, then the sections. */
export function BriefingDoc({ doc, t, fmt }: Props) {
  const byKey = new Map(doc.sections.map((s) => [s.key, s]));
  const dos = byKey.get('dos');
  const donts = byKey.get('donts');
  const intro = doc.sections.filter((s) => BEFORE_PERSON.includes(s.key));
  const rest = doc.sections.filter((s) => !BEFORE_PERSON.includes(s.key) && s.key !== 'dos' && s.key !== 'donts');
  const person = doc.person;
  const title = person ? t('print.briefing') : t('print.campaignBriefing');
  const period = doc.campaign.startDate || doc.campaign.endDate ? fmt.dateRange(doc.campaign.startDate, doc.campaign.endDate, t('print.openEnded')) : null;

  return (
    <article className="kp-doc" lang={doc.language}>
      <DocHeader brand={doc.brand} label={title} date={t('print.asOf', { date: fmt.date(doc.generatedOn) })} />
      <header className="kp-title">
        <h1>{doc.campaign.name}</h1>
        {person && (
          <p className="kp-subtitle">
            {t('print.forPerson', { name: person.name })}
            {person.handle && (
              <span className="kp-handle">
                {' '}
                · @{person.handle.replace(/^@/, '')}
                {person.platform ? ` (${t(`platforms.${person.platform}`)})` : ''}
              </span>
            )}
          </p>
        )}
        <dl className="kp-meta">
          {doc.campaign.product && (
            <div>
              <dt>{t('print.product')}</dt>
              <dd>{doc.campaign.product}</dd>
            </div>
          )}
          {period && (
            <div>
              <dt>{t('print.period')}</dt>
              <dd>{period}</dd>
            </div>
          )}
          {person ? (
            <div>
              <dt>{t('print.type')}</dt>
              <dd>{t(`collabTypes.${person.type}`)}</dd>
            </div>
          ) : (
            <div>
              <dt>{t('print.goal')}</dt>
              <dd>{t(`goals.${doc.campaign.goal}`)}</dd>
            </div>
          )}
        </dl>
      </header>

      <DisclosureBox doc={doc} t={t} fmt={fmt} />

      {intro.map((s) => (
        <Section key={s.key} s={s} t={t} />
      ))}

      {person && <PersonBlock doc={doc} t={t} fmt={fmt} />}
      {person && <DeliverablesBlock doc={doc} t={t} fmt={fmt} />}
      {person && <SamplesBlock doc={doc} t={t} fmt={fmt} />}

      {(dos || donts) && (
        <div className={dos && donts ? 'kp-dosdonts' : undefined}>
          {dos && <Section s={dos} t={t} />}
          {donts && <Section s={donts} t={t} />}
        </div>
      )}
      {rest.map((s) => (
        <Section key={s.key} s={s} t={t} />
      ))}
      {doc.sections.length === 0 && !person && <p className="kp-muted">{t('print.empty')}</p>}
    </article>
  );
}
