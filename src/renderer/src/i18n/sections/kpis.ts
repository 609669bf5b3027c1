import type { Section } from '../sections';
import { KPI_TEXTS } from '../../../../shared/kpi-texts';

/**
 * KPI rules ("how is this computed" popovers, report appendix), report column and table names — the texts live
 * in src/shared/kpi-texts.ts because the core writes the same column names into XLSX/CSV — and the KPI errors.
 */
export const section: Section = {
  en: {
    kpis: KPI_TEXTS.en,
    errors: {
      domain: {
        kpis: {
          campaignNotFound: 'This campaign no longer exists.',
          collaborationNotFound: 'This card is not on a board (removed or declined).',
          influencerNotFound: 'This influencer no longer exists.',
          orderNotFound: 'This order no longer exists (its import may have been undone).',
          badRate: '“{{rate}}” is not a valid exchange rate. Enter a positive number such as 0.92.',
          rateForWorkspaceCurrency: '{{currency}} is the workspace currency; it needs no exchange rate.',
          rateNotFound: 'There is no rate for {{currency}} in {{month}}.',
        },
      },
    },
  },
  de: {
    kpis: KPI_TEXTS.de,
    errors: {
      domain: {
        kpis: {
          campaignNotFound: 'Diese Kampagne gibt es nicht mehr.',
          collaborationNotFound: 'Diese Karte ist auf keinem Board (entfernt oder abgesagt).',
          influencerNotFound: 'Diese:n Influencer:in gibt es nicht mehr.',
          orderNotFound: 'Diese Bestellung gibt es nicht mehr (ihr Import wurde vielleicht rückgängig gemacht).',
          badRate: '„{{rate}}“ ist kein gültiger Wechselkurs. Gib eine positive Zahl ein, z. B. 0,92.',
          rateForWorkspaceCurrency: '{{currency}} ist die Währung des Arbeitsbereichs und braucht keinen Kurs.',
          rateNotFound: 'Für {{currency}} im Monat {{month}} ist kein Kurs eingetragen.',
        },
      },
    },
  },
};
