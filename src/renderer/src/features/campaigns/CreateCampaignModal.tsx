import { Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';


import { useEffect, useState } from 'react';


import { useTranslation } from 'react-i18next';


import { useLocation } from 'wouter';


import type { CampaignGoal } from '../../../../shared/domain';


import { handleFormError } from '../../api/errors';


import { useCloseGuard } from '../../lib/unsaved';


import { keepEnterInPickers } from '../../lib/forms';


import { useNumberFormSave } from '../../components/formSave';


import { useSettingsStore } from '../../lib/settingsStore';


import { campaignActions } from './queries';


import { CampaignFormFields, DisclosureField, campaignBaseInput } from './CampaignFormFields';


import { FormFooter } from '../../components/FormFooter';



const FIELDS = ['name', 'goal', 'product', 'startDate', 'endDate', 'budgetMinor', 'currency', 'disclosureText'] as const;

function initial(currency: string) {
  return { name: '', goal: 'launch' as CampaignGoal, product: '', startDate: '', endDate: '', budget: null as number | null, currency, disclosureText: '#werbung' };
}

export function CreateCampaignModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = campaignActions.create;
  const defaultCurrency = useSettingsStore((s) => s.settings?.currency ?? 'EUR');
  const [v, setV] = useState(() => initial(defaultCurrency));
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (opened) setV(initial(defaultCurrency));
  }, [opened, defaultCurrency]);

  const set = <K extends keyof ReturnType<typeof initial>>(k: K, value: ReturnType<typeof initial>[K], errKey: string = k) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((e) => ({ ...e, [errKey]: '' }));
  };
  const close = () => {
    setErrors({});
    onClose();
  };

  const { busy, persist, submit } = useNumberFormSave(v, async () => {
    try {
      const id = await create(campaignBaseInput(v));
      notifications.show({ color: 'teal', title: t('campaigns.create.created', { name: v.name.trim() }), message: '' });
      guard.saved();
      close();
      navigate(`/campaigns/${id}`);
      return true;
    } catch (ex) {
      setErrors(handleFormError(ex, FIELDS));
      return false;
    }
  });

  const guard = useCloseGuard({ dirty: opened && JSON.stringify(v) !== JSON.stringify(initial(defaultCurrency)), save: persist });
  const requestClose = () => guard.requestClose(close);

  return (
    <Modal opened={opened} onClose={requestClose} title={t('campaigns.create.title')} size="lg">
      <form onSubmit={submit} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="md">
          <CampaignFormFields v={v} errors={errors} set={set} namePlaceholder={t('campaigns.create.namePlaceholder')} cols={2} />
          <DisclosureField v={v} errors={errors} set={set} />
          <FormFooter mt="xs" className="dialog-footer" onCancel={requestClose} busy={busy} submitLabel={t('campaigns.create.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
