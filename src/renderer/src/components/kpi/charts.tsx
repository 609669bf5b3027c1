import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Filler);

export const BRAND = '#4a51da';
const GRID = 'rgba(0,0,0,0.06)';
const TEXT = '#868e96';
/** Series colours (influencers in a stack); the tenth and later repeat. */
export const PALETTE = ['#4a51da', '#12b886', '#fab005', '#e64980', '#15aabf', '#7950f2', '#fd7e14', '#40c057', '#868e96', '#228be6'];

export interface Series {
  label: string;
  values: number[];
  color?: string;
}

/** How a chart prints its values (money with the currency, plain counts). */
export type ValueFormat = (v: number) => string;

const tick = { color: TEXT, font: { size: 11 } };

function legendOptions(show: boolean) {
  return { display: show, position: 'bottom' as const, labels: { boxWidth: 10, boxHeight: 10, font: { size: 11 }, color: '#495057' } };
}

/** Vertical bars over time, stacked by series (revenue by influencer and week). */
export function StackedTimeChart({ labels, series, format, ariaLabel, height = 260 }: { labels: string[]; series: Series[]; format: ValueFormat; ariaLabel: string; height?: number }) {
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { intersect: false, mode: 'index' },
    plugins: {
      legend: legendOptions(series.length > 1),
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(Number(c.raw))}` } },
    },
    scales: {
      x: { stacked: true, grid: { display: false }, ticks: { ...tick, maxRotation: 0, autoSkip: true }, border: { display: false } },
      y: { stacked: true, beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { ...tick, maxTicksLimit: 5, callback: (v) => format(Number(v)) } },
    },
  };
  return <BarCanvas height={height} ariaLabel={ariaLabel} labels={labels} series={series} bar={{ borderRadius: 2, maxBarThickness: 32 }} options={options} />;
}

/** A bar chart in its sized box: one dataset per series in its colour (the palette's by default). */
function BarCanvas({ height, ariaLabel, labels, series, bar, options }: { height: number; ariaLabel: string; labels: string[]; series: Series[]; bar: { borderRadius: number; maxBarThickness: number }; options: ChartOptions<'bar'> }) {
  return (
    <div className="kpi-chart" style={{ height }}>
      <Bar
        aria-label={ariaLabel}
        role="img"
        data={{
          labels,
          datasets: series.map((s, i) => ({
            label: s.label,
            data: s.values,
            backgroundColor: s.color ?? PALETTE[i % PALETTE.length],
            ...bar,
          })),
        }}
        options={options}
      />
    </div>
  );
}

/** Horizontal bars per category, one bar per series side by side (cost vs revenue per influencer). */
export function HorizontalBars({ labels, series, format, ariaLabel, height }: { labels: string[]; series: Series[]; format: ValueFormat; ariaLabel: string; height?: number }) {
  const h = height ?? Math.max(140, labels.length * (series.length > 1 ? 34 : 26) + 50);
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: legendOptions(series.length > 1),
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(Number(c.raw))}` } },
    },
    scales: {
      x: { beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { ...tick, maxTicksLimit: 5, callback: (v) => format(Number(v)) } },
      y: { grid: { display: false }, border: { display: false }, ticks: { ...tick, autoSkip: false } },
    },
  };
  const short = labels.map((l) => (l.length > 22 ? `${l.slice(0, 21)}…` : l));
  return <BarCanvas height={h} ariaLabel={ariaLabel} labels={short} series={series} bar={{ borderRadius: 3, maxBarThickness: 18 }} options={options} />;
}
