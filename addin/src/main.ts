// Entry point of /addin/index.html (a browser tab) and /addin/taskpane.html (Word loads this one,
// with Office.js from Microsoft in its head). Inside Word the pane inserts and saves; in a tab it
// downloads and uploads.
import { webLightTheme } from '@fluentui/tokens';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/progress-bar.js';
import '@fluentui/web-components/text-input.js';
import type { Mode } from './auth';
import { languageOf } from './i18n';
import { Pane } from './pane';

async function main(): Promise<void> {
  setTheme(webLightTheme);
  let mode: Mode = 'browser';
  let displayLanguage: string | undefined;
  if (typeof Office !== 'undefined') {
    const info = await Office.onReady();
    if (info.host) {
      mode = 'office';
      displayLanguage = Office.context.displayLanguage;
    }
  }
  const requested = new URLSearchParams(location.search).get('lang');
  const language = languageOf(requested ?? displayLanguage ?? navigator.language);
  await new Pane(document.getElementById('pane')!, mode, language).start();
}

void main();
