import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initTransport } from './api/client';
import { initI18n, systemLocale } from './i18n';
import { App } from './App';

// Pick the transport first: in browser mode this also takes the token out of the address bar.
initTransport();
initI18n(systemLocale());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
