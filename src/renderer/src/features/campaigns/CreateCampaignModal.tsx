import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { contract } from '../../../../shared/contract';
import { useCloseGuard } from '../../lib/unsaved';
import { keepEnterInPickers } from '../../lib/forms';
import { useContractForm } from '../../lib/contractForm';
import { useSettings } from '../../lib/settings';
import { campaignActions } from './queries';
import { CAMPAIGN_BASE_FIELDS, CampaignFormFields, DisclosureField, campaignBaseInput, type CampaignBaseValues } from './CampaignFormFields';
import { FormFooter } from '../../components/FormFooter';

function initial(currency: string): CampaignBaseValues {
  return { name: '', goal: 'launch', product: '', startDate: '', endDate: '', budgetMinor: null, currency, disclosureText: '#werbung' };
}

export function CreateCampaignModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = campaignActions.create;
  const defaultCurrency = useSettings()?.currency ?? 'EUR';
  const { form, busy, persist, submit, load } = useContractForm({
    initialValues: initial(defaultCurrency),
    schema: contract['campaigns.create'].input,
    toInput: campaignBaseInput,
    fields: CAMPAIGN_BASE_FIELDS,
    save: async (input, v) => {
      const id = await create(input);
      notifications.show({ color: 'teal', title: t('campaigns.create.created', { name: v.name.trim() }), message: '' });
      guard.saved();
      onClose();
      navigate(`/campaigns/${id}`);
      return true;
    },
  });

  useEffect(() => {
    if (opened) load(initial(defaultCurrency));
  }, [opened, defaultCurrency]);

  const guard = useCloseGuard({ dirty: opened && form.isDirty(), save: persist });
  const requestClose = () => guard.requestClose(onClose);

  return (
    <Modal opened={opened} onClose={requestClose} title={t('campaigns.create.title')} size="lg">
      <form onSubmit={submit()} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="md">
          <CampaignFormFields v={form.values} input={form.getInputProps} namePlaceholder={t('campaigns.create.namePlaceholder')} cols={2} />
          <DisclosureField input={form.getInputProps} />
          <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('campaigns.create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
