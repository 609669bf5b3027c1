import { Group, Text } from '@mantine/core';
import type { Formatter } from '../../lib/format';

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
}

/**
 * reach → engagements → clicks → orders as bars (width relative to the first step) with the share each
 * step keeps of the one before ("—" where the step before is 0). The share goes through fmt.percentBp at its
 * default precision, the same as every other rate on the funnel and dashboard pages, so one rate never shows twice
 * with different roundings (88,9 % beside 88,89 %).
 */
export function Funnel({ steps, fmt, ariaLabel, stepLabel }: { steps: FunnelStep[]; fmt: Formatter; ariaLabel: string; stepLabel(percent: string): string }) {
  const first = steps[0]?.value ?? 0;
  return (
    <ol className="kpi-funnel" aria-label={ariaLabel}>
      {steps.map((s, i) => {
        const prev = i > 0 ? steps[i - 1]!.value : null;
        const share = prev == null ? null : prev > 0 ? Math.round((s.value / prev) * 10_000) : null;
        const width = first > 0 ? Math.max(1.5, (s.value / first) * 100) : 1.5;
        return (
          <li key={s.key} data-testid={`funnel-${s.key}`}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={500}>
                {s.label}
              </Text>
              <Text size="sm" fw={650} className="tabular">
                {fmt.number(s.value, 2)}
              </Text>
            </Group>
            <div className="kpi-funnel-track" aria-hidden="true">
              <div className="kpi-funnel-bar" style={{ width: `${width}%` }} />
            </div>
            {i > 0 && (
              <Text size="xs" c="dimmed" className="tabular">
                {stepLabel(fmt.percentBp(share))}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
