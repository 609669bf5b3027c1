import { startHost } from './host';

/** One host on a fresh demo workspace for the suite; tests that need their own start another. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const host = await startHost();
  process.env.KOLLAB_URL = host.url;
  process.env.KOLLAB_OPEN_URL = host.openUrl;
  process.env.KOLLAB_TOKEN = host.token;
  process.env.KOLLAB_DATA_DIR = host.dataDir;
  return async () => {
    await host.stop();
  };
}
