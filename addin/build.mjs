// Builds the Word task pane into addin/dist: the static files the host serves under /addin/.
// Two entry points (the pane and the sign-in dialog page), ES modules with code splitting so MSAL
// is loaded only where sign-in is on; chunks carry a content hash (cached for good by the host),
// the entry files keep fixed names (revalidated). No CDN: everything comes from npm, except Office.js.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'public'), out, { recursive: true });

const result = await build({
  entryPoints: { pane: join(here, 'src/main.ts'), 'auth-dialog': join(here, 'src/auth-dialog.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['chrome100', 'edge100', 'safari15'],
  minify: true,
  sourcemap: false,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(here, 'dist', '.meta.json'), JSON.stringify(result.metafile));
console.log(`addin: built into ${out}`);
