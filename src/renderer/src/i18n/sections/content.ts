import type { Section } from '../sections';

/** Messages of the content domain (src/main/content): posts and sample shipments. */
export const section: Section = {
  en: { errors: { domain: { content: { postNotFound: 'This post no longer exists.', sampleNotFound: 'This sample shipment no longer exists.' } } } },
  de: { errors: { domain: { content: { postNotFound: 'Diesen Beitrag gibt es nicht mehr.', sampleNotFound: 'Diesen Musterversand gibt es nicht mehr.' } } } },
};
