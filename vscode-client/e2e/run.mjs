// End-to-end test in a real VS Code: code-server with the packaged extension unpacked into its
// extensions folder, driven by playwright-core through Debian's chromium. Run install.sh first
// (mvn verify -Pe2e does both). Screenshots go to e2e/.work/screenshots/.
// Twice: the universal package with the machine's Java, then (where mvn package made it) the
// linux-x64 package with no Java on the PATH and no JAVA_HOME, which must start its bundled
// runtime; that run's lens, hover and budget view screenshots are the marketplace README's
// (copy them from e2e/.work/screenshots/bundled/ to images/).
// Run with tsx (node --import tsx e2e/run.mjs): it shares the test's scene-heading reader.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sceneHeadingLines } from '../test/support/sceneHeadings.ts';

const here = dirname(fileURLToPath(import.meta.url));
const client = join(here, '..');
const work = join(here, '.work');
const session = join(work, 'session');
const manifest = JSON.parse(readFileSync(join(client, 'package.json'), 'utf8'));
const universalVsix = join(client, `${manifest.name}-${manifest.version}.vsix`);
const linuxVsix = join(client, `${manifest.name}-${manifest.version}-linux-x64.vsix`);
let vsix = universalVsix;
let screenshots = join(work, 'screenshots');
const example = join(client, '..', 'examples', 'the-last-reel.fountain');
const { chromium } = createRequire(join(work, 'package.json'))('playwright-core');

const failures = [];
function check(condition, message) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function prepareSession() {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run mvn verify (or npm run package) first.`);
  rmSync(session, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  const workspace = join(session, 'workspace');
  const extensions = join(session, 'extensions');
  const user = join(session, 'user');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(extensions, { recursive: true });
  mkdirSync(join(user, 'User'), { recursive: true });
  cpSync(example, join(workspace, 'the-last-reel.fountain'));
  // A .vsix is a zip; unzip keeps the runtime's executable bits, as VS Code's installer does.
  const unpacked = join(session, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('unzip', ['-q', vsix], { cwd: unpacked });
  renameSync(join(unpacked, 'extension'), join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
  writeFileSync(
    join(user, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.colorTheme': 'Default Dark Modern',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'editor.minimap.enabled': false,
      'scenecost.trace.server': 'verbose',
      'editor.autoClosingBrackets': 'never',
      'editor.autoClosingQuotes': 'never',
      'git.enabled': false,
      'files.simpleDialog.enable': true,
      'git.openRepositoryInParentFolders': 'never',
    }),
  );
  return { workspace, extensions, user };
}

/**
 * An environment with no Java: JAVA_HOME unset and a PATH of one folder holding only the tools
 * code-server and its extension host use (node and a few POSIX commands), none of them java.
 */
function environmentWithoutJava() {
  const bin = join(session, 'bin-without-java');
  mkdirSync(bin, { recursive: true });
  symlinkSync(process.execPath, join(bin, 'node'));
  for (const tool of ['sh', 'bash', 'env', 'uname', 'ps', 'id', 'cat', 'ls', 'grep', 'sed', 'rg', 'unzip']) {
    const found = execFileSync('bash', ['-c', `command -v ${tool} || true`], { encoding: 'utf8' }).trim();
    if (found) symlinkSync(found, join(bin, tool));
  }
  const env = { ...process.env, PATH: bin };
  delete env.JAVA_HOME;
  delete env.JDK_HOME;
  return env;
}

function startCodeServer(port, { workspace, extensions, user }, env) {
  const binary = join(work, 'node_modules', '.bin', 'code-server');
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', user, '--extensions-dir', extensions, workspace];
  // Its own process group, so stopping it also stops the extension host and the Java server.
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let log = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${log}`)), 60_000);
    const onData = (chunk) => {
      log += chunk.toString();
      if (log.includes('HTTP server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${log}`)));
  });
  return { child, ready, log: () => log };
}

async function waitFor(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitForValue(read, timeoutMs) {
  await waitFor(() => read() !== undefined, timeoutMs);
  return read();
}

/** The Java server among code-server's descendants, found by walking /proc from its process id. */
function javaServerPid(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      parents.set(Number(entry), { parent, command });
    } catch {
      // the process ended while we looked
    }
  }
  const descends = (pid) => {
    for (let current = pid; current > 1; current = parents.get(current)?.parent ?? 0) {
      if (current === rootPid) return true;
    }
    return false;
  };
  for (const [pid, { command }] of parents) {
    if (command.includes('scenecost.jar') && descends(pid)) return pid;
  }
  return undefined;
}

function scenecostLog(user) {
  const logs = execFileSync('find', [join(user, 'logs'), '-name', '*Scenecost.log'], { encoding: 'utf8' }).trim().split('\n');
  return logs[0];
}

async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  // F1 can be swallowed while another widget closes: try again until the palette shows.
  for (let attempt = 0; attempt < 5 && !(await input.isVisible()); attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function main(bundled) {
  const paths = prepareSession();
  const port = await freePort();
  const env = bundled ? environmentWithoutJava() : process.env;
  if (bundled) {
    const javas = env.PATH.split(':').filter((folder) => existsSync(join(folder, 'java')));
    check(javas.length === 0 && env.JAVA_HOME === undefined, `no java on code-server's PATH (${env.PATH}) and no JAVA_HOME`);
  }
  const codeServer = startCodeServer(port, paths, env);
  let browser;
  let headings = [];
  try {
    await codeServer.ready;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(paths.workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('the-last-reel.fountain');
    // The first file search of a new workspace can take a while on a busy machine.
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'THE LAST REEL' }).first().waitFor({ timeout: 30_000 });

    const costLens = page.locator('.codelens-decoration', { hasText: /\$\d/ }).first();
    await costLens.waitFor({ timeout: 120_000 }).catch(() => undefined);
    const lensText = (await costLens.textContent().catch(() => null)) ?? '';
    check(/\$\d/.test(lensText) && /tokens/.test(lensText), `a code lens shows a cost: "${lensText}"`);
    await page.screenshot({ path: join(screenshots, '1-code-lenses.png') });

    const heading = page.locator('.monaco-editor .view-line', { hasText: 'EXT. MAIN STREET, KESTREL FALLS - DAY' }).first();
    const box = await heading.boundingBox();
    if (box) await page.mouse.move(box.x + 40, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: /\$\d/ }).first();
    await hover.waitFor({ timeout: 20_000 }).catch(() => undefined);
    const hoverText = (await hover.textContent().catch(() => null)) ?? '';
    check(hoverText.includes('$'), `hovering the first heading explains its cost: "${hoverText.slice(0, 80)}..."`);
    await page.screenshot({ path: join(screenshots, '2-hover.png') });
    await page.mouse.move(5, 5);

    const status = page.locator('.statusbar-item', { hasText: /\$[\d,.]+ \/ \$[\d,.]+/ }).first();
    await status.waitFor({ timeout: 20_000 }).catch(() => undefined);
    const statusText = (await status.textContent().catch(() => null)) ?? '';
    const budget = /^Budget:\s*(\$[\d,]+)/m.exec(readFileSync(example, 'utf8'))?.[1];
    check(statusText.trim().endsWith(` / ${budget}`), `the status bar shows the estimate against the title page's ${budget} budget: "${statusText.trim()}"`);

    await runCommand(page, 'Scenecost: Show Budget');
    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const sceneButtons = view.locator('ol.scenes button.scene');
    await sceneButtons.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    const count = await sceneButtons.count();
    // The example has one more INT./EXT. line, inside a /* boneyard */: not a scene.
    headings = sceneHeadingLines(readFileSync(example, 'utf8'));
    check(count === headings.length, `the budget view draws one bar per scene: ${count} of ${headings.length}`);
    check((await view.locator('h1').first().textContent().catch(() => '')) === 'THE LAST REEL', 'the budget view is titled with the screenplay');
    await page.screenshot({ path: join(screenshots, '3-budget-view.png') });

    if (bundled) {
      // The server really runs on the runtime inside the extension.
      const pid = await waitForValue(() => javaServerPid(codeServer.child.pid), 10_000);
      const executable = pid ? readlinkSync(`/proc/${pid}/exe`) : '';
      check(executable.startsWith(join(paths.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`, 'jre')), `the server runs on the bundled runtime: ${executable}`);
      const started = readFileSync(scenecostLog(paths.user), 'utf8').includes('(bundled with Scenecost)');
      check(started, 'the output says the bundled runtime started the server');
      return;
    }

    if (count > 0) {
      await sceneButtons.last().click();
      const lastHeading = `Ln ${headings.at(-1) + 1},`;
      const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
      await page.waitForFunction((text) => document.body.innerText.includes(text), lastHeading, { timeout: 10_000 }).catch(() => undefined);
      const position = (await cursor.textContent().catch(() => null)) ?? '';
      check(position.includes(lastHeading), `clicking the last scene reveals its heading (${lastHeading}): "${position.trim()}"`);
      await page.screenshot({ path: join(screenshots, '4-revealed-scene.png') });
    }

    // Export: the format picker, then VS Code's simple save dialog, which offers
    // the-last-reel-budget.csv beside the screenplay.
    await runCommand(page, 'Scenecost: Export Budget Report');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'CSV' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.type('CSV');
    await page.keyboard.press('Enter');
    const dialogInput = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('the-last-reel-budget.csv'), undefined, { timeout: 10_000 }).catch(() => undefined);
    check((await dialogInput.inputValue().catch(() => '')).endsWith('the-last-reel-budget.csv'), 'the save dialog offers the-last-reel-budget.csv');
    await page.keyboard.press('Enter');
    const exported = join(paths.workspace, 'the-last-reel-budget.csv');
    await waitFor(() => existsSync(exported), 10_000);
    const csv = existsSync(exported) ? readFileSync(exported, 'utf8').split('\r\n') : [];
    // The server's CSV, as `scenecost report --format csv` prints it: a header, 18 scenes and
    // the final line break.
    check(csv.length === 20 && csv[0].startsWith('index,number,heading,pages_eighths'), `the CSV export has a row per scene: ${csv.length} lines`);
    await page.screenshot({ path: join(screenshots, '5-exported.png') });

    // A broken Java setting: restarting says what is wrong and offers the setting.
    // Recording usage: the server's action on the scene heading, the amounts asked by the
    // extension, a row in the ledger beside the screenplay.
    await page.locator('.editor-group-container .tab', { hasText: 'the-last-reel.fountain' }).first().click();
    await runCommand(page, 'Go to Line/Column');
    await page.keyboard.type(String(headings.at(-1) + 1));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const recordAction = page.locator('.action-widget .monaco-list-row', { hasText: 'Record usage' }).first();
    // The light bulb's actions come from the server: give a busy machine time.
    await recordAction.waitFor({ timeout: 45_000 }).catch(() => undefined);
    const offered = await recordAction.isVisible().catch(() => false);
    if (!offered) {
      const rows = await page.locator('.action-widget .monaco-list-row').allTextContents().catch(() => []);
      console.log(`  the light bulb offered: ${JSON.stringify(rows)}`);
      await page.screenshot({ path: join(screenshots, '5a-no-record-usage.png') });
    }
    check(offered, 'the heading offers "Record usage…"');
    if (await recordAction.isVisible().catch(() => false)) {
      // The action menu takes keys, not clicks: move to the action, then Enter.
      for (let step = 0; step < 10 && !(await recordAction.getAttribute('class'))?.includes('focused'); step++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      const input = page.locator('.quick-input-widget input');
      await page.locator('.quick-input-widget', { hasText: 'What did it cost' }).first().waitFor({ timeout: 10_000 });
      await input.fill('$6.00');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Video' }).first().waitFor({ timeout: 10_000 });
      await input.fill('Video');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget', { hasText: 'Which model' }).first().waitFor({ timeout: 10_000 });
      await input.fill('veo-3.1-fast');
      await page.keyboard.press('Enter');
      const ledger = join(paths.workspace, 'the-last-reel.fountain.usage.csv');
      await waitFor(() => existsSync(ledger), 15_000);
      const rows = existsSync(ledger) ? readFileSync(ledger, 'utf8') : '';
      check(/6(\.00)?/.test(rows) && rows.includes('video') && rows.includes('veo-3.1-fast'), `the ledger has the row: ${JSON.stringify(rows.split('\n')[1] ?? '')}`);
      const recorded = page.locator('.notification-toast', { hasText: 'Recorded' }).first();
      await recorded.waitFor({ timeout: 10_000 }).catch(() => undefined);
      check(await recorded.isVisible().catch(() => false), 'the server\'s answer is shown');
      await page.screenshot({ path: join(screenshots, '5b-usage-recorded.png') });

      // The budget view follows the ledger: a spend bar under every estimate, the spend so far,
      // and the burn-down; the status bar leads with the spend.
      const spentTotal = view.locator('.totals div', { hasText: 'Spent so far' }).first();
      await spentTotal.waitFor({ timeout: 20_000 }).catch(() => undefined);
      const spentText = (await spentTotal.textContent().catch(() => null)) ?? '';
      check(spentText.includes('$6.00'), `the budget view shows what was spent: "${spentText.trim()}"`);
      const actualBars = await view.locator('ol.scenes rect.actual').count();
      check(actualBars === headings.length, `every scene has a spend bar: ${actualBars} of ${headings.length}`);
      const lastWidth = Number(await view.locator('ol.scenes rect.actual').last().getAttribute('width').catch(() => '0'));
      check(lastWidth > 0, `the recorded scene's spend bar has a length: ${lastWidth}`);
      check(await view.locator('svg.burndown polyline.spent').isVisible().catch(() => false), 'the budget view draws the burn-down');
      const spentStatus = page.locator('.statusbar-item', { hasText: /spent · est\./ }).first();
      await spentStatus.waitFor({ timeout: 10_000 }).catch(() => undefined);
      check((await spentStatus.textContent().catch(() => '') ?? '').includes('$6.00 spent'), 'the status bar leads with the spend');
      await view.locator('svg.burndown').scrollIntoViewIfNeeded().catch(() => undefined);
      await page.screenshot({ path: join(screenshots, '5c-budget-with-usage.png') });
    }

    // Restarting brings the server and the budget view back.
    await runCommand(page, 'Scenecost: Restart Server');
    await page.waitForTimeout(5_000);
    await page.locator('.editor-group-container .tab', { hasText: 'the-last-reel.fountain' }).first().click();
    await view.locator('ol.scenes button.scene').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    const afterRestart = await sceneButtons.count();
    check(afterRestart === headings.length, `after Restart Server the budget view shows every scene again: ${afterRestart}`);
    // The first server wrote its class-data archive as it stopped (the restart may start before
    // that dump is finished): once it is, the next start maps it.
    const storage = join(paths.user, 'User', 'globalStorage', `${manifest.publisher}.${manifest.name}`);
    const finished = (file) => {
      try {
        return readFileSync(file).subarray(0, 4).equals(Buffer.from([0xa8, 0xab, 0x0b, 0xf0]));
      } catch {
        return false; // taken into use (renamed) meanwhile
      }
    };
    await waitFor(() => existsSync(storage) && readdirSync(storage).some((name) => name.endsWith('.jsa') || (name.endsWith('.part') && finished(join(storage, name)))), 20_000);
    await runCommand(page, 'Scenecost: Restart Server');
    await waitFor(() => readFileSync(scenecostLog(paths.user), 'utf8').includes('-XX:SharedArchiveFile='), 20_000);
    const log = readFileSync(scenecostLog(paths.user), 'utf8');
    check(
      log.includes('-XX:ArchiveClassesAtExit=') && log.includes('-XX:SharedArchiveFile='),
      'the first start writes a class-data archive and a later start maps it',
    );
    await page.locator('.editor-group-container .tab', { hasText: 'the-last-reel.fountain' }).first().click();
    await view.locator('ol.scenes button.scene').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    check((await sceneButtons.count()) === headings.length, 'the server with the archive shows every scene');
    await page.screenshot({ path: join(screenshots, '6-after-restart.png') });

    // A server that crashes is started again four times; the fifth crash in three minutes stops it.
    // Each crash comes once the server is back at work, as a real one would.
    for (let crash = 1; crash <= 5; crash++) {
      await sceneButtons.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
      const pid = await waitForValue(() => javaServerPid(codeServer.child.pid), 30_000);
      if (!pid) break;
      process.kill(pid, 'SIGKILL');
      await sceneButtons.first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    }
    await page.waitForTimeout(2_000);
    await runCommand(page, 'Notifications: Show Notifications');
    const stopped = page.locator('.notification-list-item', { hasText: 'so it stays off' }).first();
    await stopped.waitFor({ timeout: 30_000 }).catch(() => undefined);
    check(await stopped.isVisible().catch(() => false), 'after five crashes the server stays off and says so');
    const restarts = (readFileSync(scenecostLog(paths.user), 'utf8').match(/stopped unexpectedly; starting it again/g) ?? []).length;
    check(restarts === 4, `the four crashes before were restarted: ${restarts}`);
    await page.screenshot({ path: join(screenshots, '7-crashed.png') });
    await stopped.locator('.monaco-button', { hasText: 'Restart Server' }).first().click().catch(() => undefined);
    await page.locator('.editor-group-container .tab', { hasText: 'the-last-reel.fountain' }).first().click();
    await sceneButtons.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    check((await sceneButtons.count()) === headings.length, 'the notification\'s Restart Server brings the budget back');

    // scenecost.java.home is a machine setting: with code-server it lives in the remote (machine)
    // settings, edited the way a writer would (code-server does not watch the file itself).
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'Preferences: Open Remote Settings (JSON)');
    const machineSettings = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'settings.json' }).first().waitFor({ timeout: 15_000 });
    await machineSettings.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify({ 'scenecost.java.home': '/nowhere/jdk' }));
    await page.keyboard.press('Control+S');
    // The extension notices the change and offers to restart (the file watcher may take a while).
    const offer = page.locator('.notification-toast', { hasText: 'The Java settings of Scenecost changed' }).first();
    await offer.waitFor({ timeout: 60_000 }).catch(() => undefined);
    check(await offer.isVisible().catch(() => false), 'changing scenecost.java.home offers a restart');
    if (await offer.isVisible().catch(() => false)) {
      await offer.locator('.monaco-button', { hasText: 'Restart Server' }).first().click();
    } else {
      await runCommand(page, 'Scenecost: Restart Server');
    }
    const notice = page.locator('.notification-toast', { hasText: 'is not a Java installation' }).first();
    await notice.waitFor({ timeout: 20_000 }).catch(() => undefined);
    check(await notice.isVisible().catch(() => false), 'a missing Java is explained in a notification');
    const viewNote = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('p.note', { hasText: 'is not a Java installation' });
    await viewNote.waitFor({ timeout: 10_000 }).catch(() => undefined);
    check(await viewNote.isVisible().catch(() => false), 'the budget view says why there is no estimate');
    await page.screenshot({ path: join(screenshots, '8-java-missing.png') });
    await notice.locator('.monaco-button', { hasText: 'Open Setting' }).first().click().catch(() => undefined);
    const settingsEditor = page.locator('.settings-editor').first();
    await settingsEditor.waitFor({ timeout: 15_000 }).catch(() => undefined);
    const searchValue = await page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .search-container textarea').first().inputValue().catch(() => '');
    check(searchValue.includes('scenecost.java.home'), `the button opens the setting: "${searchValue}"`);
    await page.screenshot({ path: join(screenshots, '9-java-setting.png') });
  } finally {
    await browser?.close().catch(() => undefined);
    try {
      process.kill(-codeServer.child.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
    writeFileSync(join(work, bundled ? 'code-server-bundled.log' : 'code-server.log'), codeServer.log());
  }
}

async function runBoth() {
  // SCENECOST_E2E_ONLY=bundled (or universal) runs only that run, e.g. to retake screenshots.
  const only = process.env.SCENECOST_E2E_ONLY;
  if (only !== 'bundled') {
    console.log(`== ${universalVsix}, with the machine's Java`);
    await main(false);
  }
  if (process.platform === 'linux' && process.arch === 'x64' && only !== 'universal') {
    if (!existsSync(linuxVsix)) throw new Error(`${linuxVsix} is missing: mvn package makes it on Linux x64.`);
    console.log(`== ${linuxVsix}, with no Java on the PATH and no JAVA_HOME`);
    vsix = linuxVsix;
    screenshots = join(work, 'screenshots', 'bundled');
    await main(true);
  }
  console.log(`Screenshots in ${join(work, 'screenshots')}`);
  if (failures.length > 0) {
    console.error(`${failures.length} end-to-end check(s) failed.`);
    process.exit(1);
  }
}

runBoth().catch((error) => {
  console.error(error);
  process.exit(1);
});
