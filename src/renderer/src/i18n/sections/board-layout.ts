/** The board's folded stages (features/campaigns/board). */
export const section = {
  en: {
    boardLayout: {
      collapse: 'Fold stage',
      expand: 'Unfold stage {{stage}}',
    },
  },
  de: {
    boardLayout: {
      collapse: 'Phase einklappen',
      expand: 'Phase {{stage}} ausklappen',
    },
  },
};
