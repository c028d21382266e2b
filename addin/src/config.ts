// What the host tells the pane about sign-in (GET /addin/config.json).
export interface PaneConfig {
  clientId: string | null;
  scope: string | null;
  tenantId: string | null;
  signIn: boolean;
}

export async function loadConfig(base: string): Promise<PaneConfig> {
  const response = await fetch(new URL('addin/config.json', base), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return response.json();
}

export function authority(config: PaneConfig): string {
  return `https://login.microsoftonline.com/${config.tenantId || 'organizations'}`;
}

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Loads Office.js (from Microsoft, as Office requires) only where it is needed. */
export function loadOfficeJs(): Promise<void> {
  if (typeof Office !== 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('office.js'));
    document.head.append(script);
  });
}
