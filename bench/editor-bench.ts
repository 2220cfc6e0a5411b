/**
 * The editor benchmark (issue 4's acceptance): the real app against a bare React Flow page with the
 * same generated 1,000-node workflow, measured in the same run and the same Chromium:
 * time to open, frames per second while panning and while dragging a node, the app/bare ratio of
 * each, and the main-thread cost of one autosave. Prints figures; asserts nothing.
 */
import type { Browser } from '@playwright/test';
import { ms, row, summarize } from './measure';
import { benchResult, CHROMIUM_NOTE, withBenchPages } from './bench-browser-pages';

interface Frames { intervals: number[] }
interface Interaction {
  pan: Frames; panOnScreen: number; panZoomedOut: Frames; zoomedOutOnScreen: number; drag: Frames;
  dragCheck: { screenMovedBy: { x: number; y: number }; documentMovedBy?: { x: number; y: number }; historyEntriesAdded?: number };
}
interface AppOpen extends Partial<Interaction> { openMs: number; putMs?: number[]; flushMs?: number[] }
interface AppImport { importMs: number; importSyncMs: number; edges: number; yamlKb: number }
interface BareOpen extends Partial<Interaction> { openMs: number }

const VIEWPORT = { width: 1280, height: 800 };
const IMPORTS = 3;
const OPENS = 5;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fps = (f: Frames) => 1000 / mean(f.intervals);
const frameFigures = (f: Frames) => `${fps(f).toFixed(1)} fps, p95 frame ${ms(summarize(f.intervals).p95)}`;
const ratio = (app: number, bare: number) => `${(app / bare).toFixed(2)}`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function appRuns(browser: Browser) {
  const imports: AppImport[] = [];
  const opens: AppOpen[] = [];
  for (let i = 0; i < IMPORTS; i++) {
    // A fresh profile each time: an empty draft store, as on a first visit.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    imports.push(await benchResult<AppImport>(page, 'editor-bench.html?phase=import'));
    if (i < IMPORTS - 1) await context.close();
    else {
      // Reloads of the same tab reopen the imported workflow from its draft (one tab: it stays the writer).
      for (let k = 0; k < OPENS; k++) opens.push(await benchResult<AppOpen>(page, `editor-bench.html?phase=open${k === OPENS - 1 ? '&measure=1' : ''}`));
      await context.close();
    }
  }
  return { imports, opens };
}

async function bareRuns(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const opens: BareOpen[] = [];
  for (let k = 0; k < OPENS; k++) opens.push(await benchResult<BareOpen>(page, `bare-bench.html${k === OPENS - 1 ? '?measure=1' : ''}`));
  await context.close();
  return opens;
}

export async function editorBench(): Promise<void> {
  console.log(`\nEditor (generated 1,000-node workflow; app vs bare React Flow, same run; ${CHROMIUM_NOTE}; window ${VIEWPORT.width}x${VIEWPORT.height})`);
  await withBenchPages(async (browser) => {
    const bare = await bareRuns(browser);
    const app = await appRuns(browser);
    const bareOpen = summarize(bare.map((b) => b.openMs));
    const appOpen = summarize(app.opens.map((o) => o.openMs));
    const appImport = summarize(app.imports.map((o) => o.importMs));
    const { edges, yamlKb } = app.imports[0]!;
    console.log(`  "open" = navigation start (or the import call) -> all 1,000 nodes in the DOM and measured, all ${edges} edges drawn, and that frame painted`);
    row('open, bare React Flow (page load)', `median ${ms(bareOpen.median)}`, `${OPENS} loads`);
    row('(a) open, app reload from the draft store', `median ${ms(appOpen.median)}, first ${ms(app.opens[0]!.openMs)}`, `ratio ${ratio(appOpen.median, bareOpen.median)}; < 1.5 s ${verdict(appOpen.median < 1500)}`);
    row(`(b) open, app importing the YAML text (${yamlKb.toFixed(0)} KB)`, `median ${ms(appImport.median)}`, `ratio ${ratio(appImport.median, bareOpen.median)}; < 1.5 s ${verdict(appImport.median < 1500)} (parse + open ${ms(summarize(app.imports.map((o) => o.importSyncMs)).median)})`);

    const a = app.opens.at(-1)!;
    const b = bare.at(-1)!;
    const pairs: [string, Frames | undefined, Frames | undefined, string][] = [
      [`panning, zoom 0.7 (${a.panOnScreen} nodes on screen)`, a.pan, b.pan, 'setViewport each frame, 120 frames'],
      [`panning, zoom 0.25 (${a.zoomedOutOnScreen} nodes on screen)`, a.panZoomedOut, b.panZoomedOut, 'setViewport each frame, 120 frames'],
      ['dragging a node, zoom 0.7', a.drag, b.drag, 'a mouse move each frame, 90 frames'],
    ];
    for (const [name, appFrames, bareFrames, how] of pairs) {
      if (!appFrames || !bareFrames) continue;
      const frameRatio = mean(appFrames.intervals) / mean(bareFrames.intervals);
      row(`${name}, bare`, frameFigures(bareFrames), how);
      row(`${name}, app`, frameFigures(appFrames), `frame-time ratio ${frameRatio.toFixed(2)}; >= 50 fps ${verdict(fps(appFrames) >= 50)}, ratio < 1.3 ${verdict(frameRatio < 1.3)}`);
    }
    const check = a.dragCheck;
    if (check) console.log(`  drag check: the app's document moved the node by (${check.documentMovedBy?.x.toFixed(0)}, ${check.documentMovedBy?.y.toFixed(0)}), ${check.historyEntriesAdded} undo entry; on screen (${check.screenMovedBy.x.toFixed(0)}, ${check.screenMovedBy.y.toFixed(0)}) px; bare page on screen (${b.dragCheck?.screenMovedBy.x.toFixed(0)}, ${b.dragCheck?.screenMovedBy.y.toFixed(0)}) px`);
    if (a.putMs && a.flushMs) {
      const put = summarize(a.putMs);
      const flush = summarize(a.flushMs);
      row('autosave main thread: IDB put (structured clone)', `median ${ms(put.median)}, p95 ${ms(put.p95)}`, `${put.runs} saves; < 8 ms ${verdict(put.median < 8)} (median), p95 ${verdict(put.p95 < 8)}`);
      row('autosave, whole write (async, incl. commit)', `median ${ms(flush.median)}, p95 ${ms(flush.p95)}`, 'wall time, not blocking');
    }
  });
}
