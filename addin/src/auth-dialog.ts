// auth.html: the page MSAL returns to after Microsoft's sign-in.
// - In a browser tab's popup it hands the answer to the pane (MSAL's redirect bridge).
// - In the Office dialog (?dialog=1, Office without nested app authentication) it runs the whole
//   sign-in here and passes the token to the pane with messageParent; nothing is stored.
import { authority, loadConfig, loadOfficeJs } from './config';

const DIALOG = 'wf-auth-dialog';

async function main(): Promise<void> {
  const dialog = new URLSearchParams(location.search).has('dialog') || sessionStorage.getItem(DIALOG) === '1';
  if (!dialog) {
    const bridge = await import('@azure/msal-browser/redirect-bridge');
    await bridge.broadcastResponseToMainFrame();
    return;
  }
  const msal = await import('@azure/msal-browser');
  sessionStorage.setItem(DIALOG, '1'); // survives the round trip to Microsoft (this tab only)
  await loadOfficeJs();
  await Office.onReady();
  const config = await loadConfig(new URL('..', location.href).href);
  const redirectUri = new URL('auth.html', location.href).href.split('?')[0];
  const app = await msal.createStandardPublicClientApplication({
    auth: { clientId: config.clientId!, authority: authority(config), redirectUri },
    cache: { cacheLocation: 'memoryStorage' },
  });
  try {
    const result = await app.handleRedirectPromise();
    if (!result) {
      await app.loginRedirect({ scopes: [config.scope!], redirectUri });
      return;
    }
    sessionStorage.removeItem(DIALOG);
    Office.context.ui.messageParent(JSON.stringify({ accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() }));
  } catch (error) {
    sessionStorage.removeItem(DIALOG);
    Office.context.ui.messageParent(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  }
}

void main();
