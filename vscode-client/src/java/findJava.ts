import * as path from 'node:path';
import { MinimumJavaVersion, parseJavaMajorVersion } from './javaVersion';

/** Everything Java discovery needs from the machine, so tests can fake it. */
export interface JavaProbe {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homeDirectory: string;
  isFile(filePath: string): Promise<boolean>;
  /** Runs `<executable> -version` and returns all it printed (Java prints it on stderr). */
  readVersionOutput(executable: string): Promise<string>;
}

export type JavaSource = 'bundled' | 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  readonly executable: string;
  readonly majorVersion: number;
  readonly source: JavaSource;
}

export type JavaSearchResult =
  | { readonly found: true; readonly runtime: JavaRuntime }
  | { readonly found: false; readonly message: string };

const SettingName = 'scenecost.java.home';
const InstallAdvice = `Install Java ${MinimumJavaVersion} or newer (for example Eclipse Temurin from adoptium.net) and set ${SettingName} to its folder.`;

/**
 * Finds the Java that runs the server: the runtime bundled in a platform package (`jre/`), then
 * the setting, then JAVA_HOME, then the `java` on the PATH. A bundled runtime that cannot start
 * (say the machine's glibc is too old for it) gives way to the others, and the writer hears why
 * if none works. A location the writer named explicitly (setting or JAVA_HOME) is never silently
 * skipped: if it is broken, they hear about it instead of getting some other Java.
 */
export async function findJava(
  javaHomeSetting: string | null | undefined,
  probe: JavaProbe,
  bundledHome?: string,
): Promise<JavaSearchResult> {
  const paths = probe.platform === 'win32' ? path.win32 : path.posix;
  const executableName = probe.platform === 'win32' ? 'java.exe' : 'java';

  let bundledProblem = '';
  if (bundledHome && (await probe.isFile(paths.join(bundledHome, 'bin', executableName)))) {
    const bundled = await checkHome(bundledHome, 'bundled', `The Java runtime that came with Scenecost ("${bundledHome}")`);
    if (bundled.found) {
      return bundled;
    }
    bundledProblem = `${bundled.message.slice(0, bundled.message.indexOf(InstallAdvice)).trim()} `;
  }

  const configuredHome = javaHomeSetting?.trim();
  if (configuredHome) {
    const home = expandHome(configuredHome, probe.homeDirectory, paths);
    return afterBundled(await checkHome(home, 'setting', `The setting ${SettingName} ("${home}")`));
  }

  const javaHome = probe.env['JAVA_HOME']?.trim();
  if (javaHome) {
    return afterBundled(await checkHome(javaHome, 'JAVA_HOME', `JAVA_HOME ("${javaHome}")`));
  }

  const searchPath = probe.env['PATH'] ?? probe.env['Path'] ?? '';
  for (const directory of searchPath.split(paths.delimiter)) {
    if (!directory) {
      continue;
    }
    const candidate = paths.join(directory, executableName);
    if (await probe.isFile(candidate)) {
      return afterBundled(await checkExecutable(candidate, 'PATH', `The java on your PATH ("${candidate}")`));
    }
  }

  return {
    found: false,
    message: `${bundledProblem}Scenecost needs Java ${MinimumJavaVersion} or newer to run, and found none: ${SettingName} is empty, JAVA_HOME is not set and there is no java on the PATH. ${InstallAdvice}`,
  };

  /** A failure after the bundled runtime failed says first why that one did not do. */
  function afterBundled(result: JavaSearchResult): JavaSearchResult {
    return result.found || !bundledProblem ? result : { found: false, message: `${bundledProblem}${result.message}` };
  }

  async function checkHome(home: string, source: JavaSource, described: string): Promise<JavaSearchResult> {
    const executable = paths.join(home, 'bin', executableName);
    if (!(await probe.isFile(executable))) {
      return {
        found: false,
        message: `${described} is not a Java installation: there is no ${paths.join('bin', executableName)} in it. ${InstallAdvice}`,
      };
    }
    return checkExecutable(executable, source, described);
  }

  async function checkExecutable(executable: string, source: JavaSource, described: string): Promise<JavaSearchResult> {
    let output: string;
    try {
      output = await probe.readVersionOutput(executable);
    } catch (error) {
      return {
        found: false,
        message: `${described} could not be started (${errorText(error)}). ${InstallAdvice}`,
      };
    }
    const majorVersion = parseJavaMajorVersion(output);
    if (majorVersion === undefined) {
      return {
        found: false,
        message: `${described} did not say which Java version it is (it printed "${firstLine(output)}"). ${InstallAdvice}`,
      };
    }
    if (majorVersion < MinimumJavaVersion) {
      return {
        found: false,
        message: `${described} is Java ${majorVersion}, and Scenecost needs Java ${MinimumJavaVersion} or newer. ${InstallAdvice}`,
      };
    }
    return { found: true, runtime: { executable, majorVersion, source } };
  }
}

function expandHome(folder: string, homeDirectory: string, paths: path.PlatformPath): string {
  if (folder === '~') {
    return homeDirectory;
  }
  if (folder.startsWith('~/') || folder.startsWith('~\\')) {
    return paths.join(homeDirectory, folder.slice(2));
  }
  return folder;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
