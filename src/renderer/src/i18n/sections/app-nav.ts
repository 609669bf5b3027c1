/** The main navigation's icon rail (components/AppNav). */
export const section = {
  en: {
    appNav: {
      collapse: 'Show icons only',
      expand: 'Show menu labels',
    },
  },
  de: {
    appNav: {
      collapse: 'Nur Symbole zeigen',
      expand: 'Menü mit Namen zeigen',
    },
  },
};
