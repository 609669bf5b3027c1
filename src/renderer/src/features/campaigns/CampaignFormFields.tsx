import { SimpleGrid, TextInput, type SimpleGridProps } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_GOALS, type CampaignGoal } from '../../../../shared/domain';
import { DateField } from '../../components/DateField';
import { MoneyField } from '../../components/NumberField';
import { ChoiceSelect, CurrencySelect } from '../../components/ChoiceSelect';

/** The fields the create and the edit form of a campaign have in common (named as the contract names them). */
export type CampaignBaseValues = {
  name: string;
  goal: CampaignGoal;
  product: string;
  startDate: string;
  endDate: string;
  /** Minor units; NaN while the typed text cannot be read. */
  budgetMinor: number | null;
  currency: string;
  disclosureText: string;
};

/** The error keys of the common fields. */
export const CAMPAIGN_BASE_FIELDS = ['name', 'goal', 'product', 'startDate', 'endDate', 'budgetMinor', 'currency', 'disclosureText'] as const;

/** The common fields as the contract takes them (empty dates as null, no budget as 0). */
export function campaignBaseInput(v: CampaignBaseValues) {
  return {
    name: v.name,
    goal: v.goal,
    product: v.product,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    budgetMinor: v.budgetMinor ?? 0,
    currency: v.currency,
    disclosureText: v.disclosureText,
  };
}

interface FieldsProps {
  v: CampaignBaseValues;
  /** The form's props of a common field (`form.getInputProps`). */
  input(k: keyof CampaignBaseValues): GetInputPropsReturnType;
}

/** Name, then goal, product, dates, budget and currency in a grid. */
export function CampaignFormFields({ v, input, namePlaceholder, cols }: FieldsProps & { namePlaceholder?: string; cols: SimpleGridProps['cols'] }) {
  const { t } = useTranslation();
  const date = (k: 'startDate' | 'endDate') => {
    const p = input(k);
    return { ...p, onChange: (d: string | null) => p.onChange(d ?? '') };
  };
  return (
    <>
      <TextInput label={t('campaigns.create.name')} placeholder={namePlaceholder} required data-autofocus {...input('name')} />
      <SimpleGrid cols={cols}>
        <ChoiceSelect label={t('campaigns.create.goal')} values={CAMPAIGN_GOALS} labelOf={(x) => t(`goals.${x}`)} {...input('goal')} value={v.goal} />
        <TextInput label={t('campaigns.create.product')} {...input('product')} />
        <DateField label={t('campaigns.create.startDate')} {...date('startDate')} value={v.startDate} />
        <DateField label={t('campaigns.create.endDate')} {...date('endDate')} value={v.endDate} />
        <MoneyField label={t('campaigns.create.budget')} currency={v.currency} {...input('budgetMinor')} value={v.budgetMinor} />
        <CurrencySelect label={t('campaigns.create.currency')} {...input('currency')} value={v.currency} />
      </SimpleGrid>
    </>
  );
}

/** The disclosure text (e.g. #werbung) with its hint. */
export function DisclosureField({ input }: Pick<FieldsProps, 'input'>) {
  const { t } = useTranslation();
  return <TextInput label={t('campaigns.create.disclosure')} description={t('campaigns.create.disclosureHint')} {...input('disclosureText')} />;
}
