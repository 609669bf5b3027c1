import { SimpleGrid, TextInput, type SimpleGridProps } from '@mantine/core';

import { useTranslation } from 'react-i18next';


import { CAMPAIGN_GOALS, type CampaignGoal } from '../../../../shared/domain';


import { DateField } from '../../components/DateField';


import { MoneyField } from '../../components/NumberField';



import { ChoiceSelect, CurrencySelect } from '../../components/ChoiceSelect';




/** The fields the create and the edit form of a campaign have in common. */
export interface CampaignBaseValues {
  name: string;
  goal: CampaignGoal;
  product: string;
  startDate: string;
  endDate: string;
  /** Minor units; NaN while the typed text cannot be read. */
  budget: number | null;
  currency: string;
  disclosureText: string;
}

/** The common fields as the contract takes them (empty dates as null, no budget as 0). */
export function campaignBaseInput(v: CampaignBaseValues) {
  return {
    name: v.name,
    goal: v.goal,
    product: v.product,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    budgetMinor: v.budget ?? 0,
    currency: v.currency,
    disclosureText: v.disclosureText,
  };
}

type BaseKey = keyof CampaignBaseValues;
export type SetCampaignField = (k: BaseKey, value: CampaignBaseValues[BaseKey], errKey?: string) => void;

interface FieldsProps {
  v: CampaignBaseValues;
  errors: Record<string, string>;
  set: SetCampaignField;
}

/** Name, then goal, product, dates, budget and currency in a grid. */
export function CampaignFormFields({ v, errors, set, namePlaceholder, cols }: FieldsProps & { namePlaceholder?: string; cols: SimpleGridProps['cols'] }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('campaigns.create.name')}
        placeholder={namePlaceholder}
        required
        data-autofocus
        value={v.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name || undefined}
      />
      <SimpleGrid cols={cols}>
        <ChoiceSelect label={t('campaigns.create.goal')} values={CAMPAIGN_GOALS} labelOf={(x) => t(`goals.${x}`)} value={v.goal} onChange={(x) => set('goal', x)} error={errors.goal || undefined} />
        <TextInput label={t('campaigns.create.product')} value={v.product} onChange={(e) => set('product', e.currentTarget.value)} error={errors.product || undefined} />
        <DateField label={t('campaigns.create.startDate')} value={v.startDate} onChange={(d) => set('startDate', d ?? '')} error={errors.startDate || undefined} />
        <DateField label={t('campaigns.create.endDate')} value={v.endDate} onChange={(d) => set('endDate', d ?? '')} error={errors.endDate || undefined} />
        <MoneyField
          label={t('campaigns.create.budget')}
          currency={v.currency}
          value={v.budget}
          onChange={(x) => set('budget', x, 'budgetMinor')}
          error={errors.budgetMinor || undefined}
        />
        <CurrencySelect label={t('campaigns.create.currency')} value={v.currency} onChange={(x) => set('currency', x)} error={errors.currency || undefined} />
      </SimpleGrid>
    </>
  );
}

/** The disclosure text (e.g. #werbung) with its hint. */
export function DisclosureField({ v, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('campaigns.create.disclosure')}
      description={t('campaigns.create.disclosureHint')}
      value={v.disclosureText}
      onChange={(e) => set('disclosureText', e.currentTarget.value)}
      error={errors.disclosureText || undefined}
    />
  );
}
