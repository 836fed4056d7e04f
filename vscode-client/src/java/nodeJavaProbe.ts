import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import type { JavaProbe } from './findJava';

const VersionTimeoutMs = 15_000;

/** The real machine: process environment, file system and `java -version`. */
export function nodeJavaProbe(): JavaProbe {
  return {
    env: process.env,
    platform: process.platform,
    homeDirectory: os.homedir(),
    async isFile(filePath: string): Promise<boolean> {
      try {
        return (await fs.stat(filePath)).isFile();
      } catch {
        return false;
      }
    },
    readVersionOutput(executable: string): Promise<string> {
      return new Promise((resolve, reject) => {
        execFile(executable, ['-version'], { timeout: VersionTimeoutMs, windowsHide: true }, (error, stdout, stderr) => {
          if (error) {
            reject(error);
          } else {
            resolve(`${stderr}${stdout}`);
          }
        });
      });
    },
  };
}
