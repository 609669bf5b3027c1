import { BarController, BarElement, CategoryScale, Chart as ChartJS, Filler, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { Formatter } from '../../lib/format';

// Only what the two charts use.
ChartJS.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Filler);

const BRAND = '#4a51da';
const GRID = 'rgba(0,0,0,0.06)';
const TEXT = '#868e96';

const baseScales = {
  x: { grid: { display: false }, ticks: { color: TEXT, font: { size: 11 } }, border: { display: false } },
};

export function RevenueChart({ labels, values, currency, fmt, ariaLabel, seriesLabel }: {
  labels: string[];
  values: number[];
  currency: string;
  fmt: Formatter;
  ariaLabel: string;
  seriesLabel: string;
}) {
  return (
    <div className="chart-box">
      <Line
        aria-label={ariaLabel}
        role="img"
        data={{
          labels,
          datasets: [
            {
              label: seriesLabel,
              data: values,
              borderColor: BRAND,
              backgroundColor: 'rgba(74,81,218,0.10)',
              fill: true,
              tension: 0.35,
              pointRadius: 2.5,
              pointHoverRadius: 5,
              borderWidth: 2,
            },
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          interaction: { intersect: false, mode: 'index' },
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (c) => `${seriesLabel}: ${fmt.money(Number(c.raw), currency)}` } },
          },
          scales: {
            ...baseScales,
            y: {
              beginAtZero: true,
              grid: { color: GRID },
              border: { display: false },
              ticks: { color: TEXT, font: { size: 11 }, callback: (v) => fmt.money(Number(v), currency, { whole: true }) },
            },
          },
        }}
      />
    </div>
  );
}

export function StageChart({ labels, values, ariaLabel, seriesLabel }: { labels: string[]; values: number[]; ariaLabel: string; seriesLabel: string }) {
  return (
    <div className="chart-box">
      <Bar
        aria-label={ariaLabel}
        role="img"
        data={{
          labels,
          datasets: [{ label: seriesLabel, data: values, backgroundColor: 'rgba(74,81,218,0.75)', hoverBackgroundColor: BRAND, borderRadius: 6, maxBarThickness: 36 }],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: {
            ...baseScales,
            y: { beginAtZero: true, grid: { color: GRID }, border: { display: false }, ticks: { color: TEXT, precision: 0, font: { size: 11 } } },
          },
        }}
      />
    </div>
  );
}
