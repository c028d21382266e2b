// Sign-in for the API's access_as_user scope. Inside Office: MSAL nested app authentication where
// the host supports NestedAppAuth 1.1, else the Office dialog API (auth.html signs in and passes the
// token back). In a browser tab: MSAL with a popup. Always silent first; interactive only on the
// user's click ("Anmelden"). Tokens live in memory only (MSAL memoryStorage), never in localStorage.
import type { IPublicClientApplication } from '@azure/msal-browser';
import { authority, type PaneConfig } from './config';

export class SignInRequired extends Error {
  constructor(message = 'sign-in required') {
    super(message);
  }
}

export type Mode = 'office' | 'browser';

export interface Authenticator {
  /** The token, without asking the user; null where the host needs none. Throws SignInRequired. */
  token(): Promise<string | null>;
  /** Asks the user (must run from a click: popups and dialogs need one). */
  signIn(): Promise<void>;
}

export function authenticator(config: PaneConfig, mode: Mode): Authenticator {
  if (!config.signIn) return { token: async () => null, signIn: async () => {} };
  if (!config.clientId || !config.scope) throw new Error('signInMissing');
  if (mode === 'office' && Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) return new MsalAuthenticator(config, true);
  if (mode === 'office') return new DialogAuthenticator();
  return new MsalAuthenticator(config, false);
}

class MsalAuthenticator implements Authenticator {
  private client?: Promise<IPublicClientApplication>;

  constructor(private readonly config: PaneConfig, private readonly nested: boolean) {}

  private app(): Promise<IPublicClientApplication> {
    this.client ??= import('@azure/msal-browser').then((msal) => {
      const configuration = {
        auth: { clientId: this.config.clientId!, authority: authority(this.config), redirectUri: new URL('auth.html', location.href).href },
        cache: { cacheLocation: 'memoryStorage' as const },
      };
      return this.nested ? msal.createNestablePublicClientApplication(configuration) : msal.createStandardPublicClientApplication(configuration);
    });
    return this.client;
  }

  async token(): Promise<string> {
    const app = await this.app();
    const scopes = [this.config.scope!];
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    try {
      // Nested: the Office host knows the user, no account needed.
      const result = this.nested || account ? await app.acquireTokenSilent({ scopes, account }) : await app.ssoSilent({ scopes });
      return result.accessToken;
    } catch (error) {
      throw new SignInRequired(error instanceof Error ? error.message : String(error));
    }
  }

  async signIn(): Promise<void> {
    const app = await this.app();
    const result = await app.acquireTokenPopup({ scopes: [this.config.scope!] });
    app.setActiveAccount(result.account);
  }
}

/** Office without nested app authentication (Office LTSC 2021, older builds): the dialog API. */
class DialogAuthenticator implements Authenticator {
  private current?: { token: string; expires: number };

  async token(): Promise<string> {
    if (this.current && this.current.expires > Date.now() + 60_000) return this.current.token;
    throw new SignInRequired();
  }

  signIn(): Promise<void> {
    const url = new URL('auth.html', location.href);
    url.searchParams.set('dialog', '1');
    return new Promise((resolve, reject) => {
      Office.context.ui.displayDialogAsync(url.href, { height: 60, width: 30 }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(opened.error.message));
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const message = JSON.parse((arg as { message: string }).message) as { accessToken?: string; expiresOn?: number; error?: string };
          if (message.accessToken) {
            this.current = { token: message.accessToken, expires: message.expiresOn ?? Date.now() + 3_000_000 };
            resolve();
          } else {
            reject(new Error(message.error ?? 'sign-in'));
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => reject(new Error('dialog closed')));
      });
    });
  }
}
