import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm indigo-violet, in the spirit of Linear.
const brand: MantineColorsTuple = ['#eef0ff', '#dcdefa', '#b6baf0', '#8d93e7', '#6b72df', '#565ddb', '#4a51da', '#3c42c2', '#3439ae', '#292e9a'];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  fontFamily:
    'Inter, "Segoe UI Variable", "Segoe UI", system-ui, -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md', withBorder: true, padding: 'lg' } },
    Table: { defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'md' } },
    Modal: { defaultProps: { radius: 'md', centered: true, overlayProps: { backgroundOpacity: 0.35, blur: 2 } } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});
