/** The brand header every printed document starts with: logo and brand name, document label and date. */
export function DocHeader({ brand, label, date, extra }: { brand: { name: string; logoDataUrl: string | null }; label: string; date: string; extra?: string }) {
  return (
    <div className="kp-brandbar">
      <div className="kp-brand">
        {brand.logoDataUrl && <img className="kp-logo" src={brand.logoDataUrl} alt="" />}
        {brand.name && <span className="kp-brand-name">{brand.name}</span>}
      </div>
      <div className="kp-doclabel">
        <span className="kp-doclabel-kind">{label}</span>
        <span className="kp-doclabel-date">{extra ? `${extra} · ${date}` : date}</span>
      </div>
    </div>
  );
}
