import { Group, Popover, Progress, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitReasonDto } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { fitReasonPoints, fitReasonText } from '../../lib/fitReasons';

/** The fit score as a button; Enter/Space or a click shows why (each reason with its points). */
export function FitScore({ score, reasons, name }: { score: number; reasons: FitReasonDto[]; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" width={340} trapFocus={false} returnFocus>
      <Popover.Target>
        <UnstyledButton
          onClick={(e) => {
            e.stopPropagation();
            setOpened((o) => !o);
          }}
          onKeyDown={(e) => {
            // the row opens the profile on Enter: the score's keys stay with the score
            e.stopPropagation();
            if (e.key === 'Escape') setOpened(false);
          }}
          onMouseEnter={() => setOpened(true)}
          onMouseLeave={() => setOpened(false)}
          aria-label={t('fitReasons.button', { score, name })}
          aria-expanded={opened}
          className="fit-score"
          data-testid="fit-score"
        >
          <Group gap={8} wrap="nowrap">
            <Text size="sm" fw={600} w={24} ta="right" className="num">
              {fmt.number(score)}
            </Text>
            <Progress value={score} w={56} size="sm" radius="xl" color={score >= 70 ? 'teal' : score >= 40 ? 'brand' : 'gray'} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown onClick={(e) => e.stopPropagation()}>
        <Text size="sm" fw={650} mb={6}>
          {t('fitReasons.title', { score: fmt.number(score) })}
        </Text>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="fit-reasons">
          {reasons.map((r, i) => {
            const { points, max } = fitReasonPoints(r);
            return (
              <li key={i}>
                <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
                <Text size="sm" c={points >= max * 0.7 ? 'teal.8' : points <= max * 0.3 ? 'red.8' : undefined}>
                  {fitReasonText(r, t, fmt)}
                </Text>
                <Text size="xs" c="dimmed" className="num" style={{ whiteSpace: 'nowrap' }}>
                  {t('fitReasons.points', { points: fmt.number(points, 1), max: fmt.number(max) })}
                </Text>
                </Group>
              </li>
            );
          })}
        </ul>
      </Popover.Dropdown>
    </Popover>
  );
}
