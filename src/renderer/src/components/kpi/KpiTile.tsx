import './kpi.css';
import { Group, Progress, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { KpiHelp } from './KpiHelp';

/** Colour of a target's progress: reached → teal, close (≥ 70 %) → yellow, far off → red; costs the other way round. */
export function progressColor(ratio: number, lowerIsBetter = false): string {
  if (lowerIsBetter) return ratio > 1 ? 'red' : ratio > 0.85 ? 'orange' : 'teal';
  return ratio >= 1 ? 'teal' : ratio >= 0.7 ? 'yellow' : 'red';
}

export interface KpiTileProps {
  /** Test id suffix: `kpi-<id>` and `kpi-<id>-value`. */
  id: string;
  label: string;
  value: ReactNode;
  /** Rule text for the "how is this computed" popover. */
  rule?: string;
  formula?: string;
  /** A line under the value (target, amounts without a rate, basis). */
  note?: ReactNode;
  /** Progress against a target (1 = reached); null hides the bar. */
  ratio?: number | null;
  ratioLabel?: string;
  lowerIsBetter?: boolean;
  size?: 'lg' | 'md';
}

/** One KPI: label with its rule, value, and an optional note and progress bar. */
export function KpiTile({ id, label, value, rule, formula, note, ratio, ratioLabel, lowerIsBetter, size = 'md' }: KpiTileProps) {
  const pct = ratio != null && Number.isFinite(ratio) ? ratio : null;
  return (
    <div className={`kpi-tile kpi-tile-${size}`} data-testid={`kpi-${id}`}>
      <Group gap={2} wrap="nowrap" className="kpi-tile-head">
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" className="kpi-tile-label" title={label}>
          {label}
        </Text>
        {rule && <KpiHelp label={label} rule={rule} formula={formula} />}
      </Group>
      <Text fz={size === 'lg' ? 24 : 18} fw={650} lh={1.2} className="kpi-tile-value" data-testid={`kpi-${id}-value`}>
        {value}
      </Text>
      {note != null && note !== '' && (
        <Text size="xs" c="dimmed" className="kpi-tile-note">
          {note}
        </Text>
      )}
      {pct != null && (
        <Progress value={Math.min(100, pct * 100)} color={progressColor(pct, lowerIsBetter)} size={5} radius="xl" mt={4} aria-label={ratioLabel ?? label} />
      )}
    </div>
  );
}
