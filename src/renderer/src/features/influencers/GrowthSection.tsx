import { ActionIcon, Button, Collapse, Group, Select, SimpleGrid, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CategoryScale, Chart as ChartJS, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip as ChartTooltip } from 'chart.js';
import { useState } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { contract, type InfluencerDetail } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useContractForm } from '../../lib/contractForm';
import { formRules } from '../../lib/formRules';
import { appToday } from '../../lib/today';
import { useFormat } from '../../lib/useFormat';
import { NumberField } from '../../components/NumberField';
import { Section } from './ProfileParts';
import { DateField } from '../../components/DateField';
import { DataTable } from '../../components/DataTable';

ChartJS.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, ChartTooltip, Legend);

const COLORS = ['#4a51da', '#12b886', '#fa5252', '#fab005', '#7950f2', '#15aabf'];
const FIELDS = ['channelId', 'takenOn', 'followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews'] as const;

type Num = number | null;
/** What the form sends: the contract's input, the followers possibly still empty (asked for before sending). */
type SnapshotInput = { channelId: number; takenOn: string; followers: Num; avgLikes: number; avgComments: number; avgShares: number; avgViews: number };

export function GrowthSection({ d }: { d: InfluencerDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [adding, setAdding] = useState(false);
  const primary = d.channels.find((c) => c.isPrimary) ?? d.channels[0];
  // influencers.snapshots.add's schema, with the followers asked for in the form's words when left empty
  const schema = formRules<SnapshotInput>(contract['influencers.snapshots.add'].input, (input, add) => {
    if (input.followers === null) add('followers', t('errors.validation.required'));
  });
  const { form, busy, submit, error, number } = useContractForm({
    initialValues: { channelId: primary ? String(primary.id) : null, takenOn: appToday() as string | null, followers: null as Num, avgLikes: null as Num, avgComments: null as Num, avgShares: null as Num, avgViews: null as Num },
    schema,
    toInput: (v): SnapshotInput => ({
      channelId: Number(v.channelId),
      takenOn: v.takenOn ?? '',
      followers: v.followers,
      avgLikes: v.avgLikes ?? 0,
      avgComments: v.avgComments ?? 0,
      avgShares: v.avgShares ?? 0,
      avgViews: v.avgViews ?? 0,
    }),
    fields: FIELDS,
    save: async (input) => {
      await api.call('influencers.snapshots.add', { ...input, followers: input.followers ?? 0 });
      notifications.show({ color: 'teal', title: t('influencers.growth.added'), message: '' });
      setAdding(false);
      form.setValues({ followers: null, avgLikes: null, avgComments: null, avgShares: null, avgViews: null });
      return true;
    },
  });
  const v = form.values;

  const dates = [...new Set(d.channels.flatMap((c) => c.snapshots.map((s) => s.takenOn)))].sort();
  const all = d.channels
    .flatMap((c) => c.snapshots.map((s) => ({ ...s, channel: c })))
    .sort((a, b) => b.takenOn.localeCompare(a.takenOn) || a.channel.handle.localeCompare(b.channel.handle));

  const openForm = () => {
    const ch = d.channels.find((c) => String(c.id) === v.channelId) ?? primary;
    if (ch && v.followers == null) {
      form.setValues({ followers: ch.followers, avgLikes: ch.avgLikes, avgComments: ch.avgComments, avgShares: ch.avgShares, avgViews: ch.avgViews });
    }
    setAdding((a) => !a);
  };

  const remove = async (id: number) => {
    try {
      await api.call('influencers.snapshots.delete', { id });
      notifications.show({ color: 'gray', title: t('influencers.growth.deleted'), message: '' });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Section
      id="growth"
      title={t('influencers.growth.title')}
      actions={
        d.channels.length > 0 && (
          <Button size="xs" variant={adding ? 'default' : 'light'} leftSection={<IconPlus size={14} />} onClick={openForm} aria-expanded={adding}>
            {t('influencers.growth.add')}
          </Button>
        )
      }
    >
      <Collapse expanded={adding}>
        <form onSubmit={submit()} noValidate aria-label={t('influencers.growth.add')}>
          <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
            <Select
              label={t('influencers.growth.channel')}
              data={d.channels.map((c) => ({ value: String(c.id), label: `${t(`platforms.${c.platform}`)} · @${c.handle}` }))}
              {...form.getInputProps('channelId')}
              allowDeselect={false}
              error={error('channelId')}
            />
            <DateField label={t('influencers.growth.date')} value={v.takenOn ?? ''} onChange={(x) => form.setFieldValue('takenOn', x)} error={error('takenOn')} maxDate={appToday()} />
            <NumberField label={t('influencers.growth.followers')} {...number('followers')} required />
            <NumberField label={t('influencers.growth.likes')} {...number('avgLikes')} />
            <NumberField label={t('influencers.growth.comments')} {...number('avgComments')} />
            <NumberField label={t('influencers.growth.shares')} {...number('avgShares')} />
            <NumberField label={t('influencers.growth.views')} {...number('avgViews')} />
            <Group align="flex-end" gap="xs">
              <Button type="submit" loading={busy}>
                {t('influencers.growth.save')}
              </Button>
              <Button variant="subtle" color="gray" onClick={() => setAdding(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </SimpleGrid>
        </form>
      </Collapse>
      {dates.length ? (
        <div className="chart-box" style={{ height: 220 }}>
          <Line
            role="img"
            aria-label={t('influencers.growth.chartLabel', { name: d.name })}
            data={{
              labels: dates.map((x) => fmt.date(x)),
              datasets: d.channels
                .filter((c) => c.snapshots.length)
                .map((c, i) => {
                  const byDate = new Map(c.snapshots.map((s) => [s.takenOn, s.followers]));
                  const color = COLORS[i % COLORS.length]!;
                  return {
                    label: `${t(`platforms.${c.platform}`)} @${c.handle}`,
                    data: dates.map((x) => byDate.get(x) ?? null),
                    borderColor: color,
                    backgroundColor: color,
                    spanGaps: true,
                    tension: 0.3,
                    pointRadius: 3,
                    borderWidth: 2,
                  };
                }),
            }}
            options={{
              responsive: true,
              maintainAspectRatio: false,
              interaction: { intersect: false, mode: 'index' },
              plugins: {
                legend: { display: d.channels.filter((c) => c.snapshots.length).length > 1, position: 'bottom', labels: { boxWidth: 10, boxHeight: 10 } },
                tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${fmt.number(Number(c.raw))}` } },
              },
              scales: {
                x: { grid: { display: false }, ticks: { color: '#868e96', font: { size: 11 } }, border: { display: false } },
                y: { grid: { color: 'rgba(0,0,0,0.06)' }, border: { display: false }, ticks: { color: '#868e96', font: { size: 11 }, callback: (x) => fmt.compact(Number(x)) } },
              },
            }}
          />
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t('influencers.growth.none')}
        </Text>
      )}
      {all.length > 0 && (
        <DataTable minWidth={520} scroll={{ mt: 'md', mah: 220 }} className="data-table" verticalSpacing={4} fz="sm"
          head={
            <>
              <Table.Th>{t('influencers.growth.date')}</Table.Th>
              <Table.Th>{t('influencers.growth.channel')}</Table.Th>
              <Table.Th className="num">{t('influencers.growth.followers')}</Table.Th>
              <Table.Th className="num">{t('influencers.growth.likes')}</Table.Th>
              <Table.Th className="num">{t('influencers.growth.comments')}</Table.Th>
              <Table.Th className="num">{t('influencers.growth.views')}</Table.Th>
              <Table.Th w={40}>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            </>
          }
        >
          {all.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{fmt.date(s.takenOn)}</Table.Td>
              <Table.Td>
                {t(`platforms.${s.channel.platform}`)} @{s.channel.handle}
              </Table.Td>
              <Table.Td className="num">{fmt.number(s.followers)}</Table.Td>
              <Table.Td className="num">{fmt.number(s.avgLikes)}</Table.Td>
              <Table.Td className="num">{fmt.number(s.avgComments)}</Table.Td>
              <Table.Td className="num">{fmt.number(s.avgViews)}</Table.Td>
              <Table.Td>
                <Tooltip label={t('common.delete')} withArrow openDelay={300}>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('influencers.growth.delete', { date: fmt.date(s.takenOn) })} onClick={() => void remove(s.id)}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
