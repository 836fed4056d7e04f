/**
 * Application class-data sharing for the server: the first start writes an archive of the classes
 * it loaded (`-XX:ArchiveClassesAtExit`, when the server exits), and later starts map it
 * (`-XX:SharedArchiveFile`) instead of loading and verifying those classes again, which is most of
 * what a cold start spends before the first diagnostics (docs/performance.md).
 *
 * One archive per server jar and Java runtime, in the extension's storage folder: a new jar or an
 * updated Java gets a new archive. The JVM checks an archive before it maps it and starts without it
 * when it does not match, so a stale or damaged archive costs only the speed-up. A start without
 * an archive writes to a part file of its own (`<archive>.<tag>.part`: a server still dumping
 * while the next one starts, as on Restart Server, never shares a file with it); a later start
 * takes a part file into use only when its dump finished (its header, written last, carries the
 * archive's magic number), so a server killed while dumping leaves nothing half-written in use.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';

/** What tells one archive from another: the jar and the Java executable, as files. */
export interface ArchiveKey {
  readonly jarPath: string;
  readonly jarSize: number;
  readonly jarModified: number;
  readonly javaExecutable: string;
  readonly javaModified: number;
  readonly javaMajorVersion: number;
}

/** The archive file for this jar and Java in the storage folder. */
export function archivePath(storageFolder: string, key: ArchiveKey): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([key.jarPath, key.jarSize, key.jarModified, key.javaExecutable, key.javaModified, key.javaMajorVersion]))
    .digest('hex')
    .slice(0, 16);
  return path.join(storageFolder, `scenecost-server-java${key.javaMajorVersion}-${digest}.jsa`);
}

/** Where a start without an archive writes one, taken into use once finished. */
export function partialArchivePath(archive: string, tag: string): string {
  return `${archive}.${tag}.part`;
}

/** True when the file name is one of this archive's part files. */
export function isPartOf(archive: string, fileName: string): boolean {
  const base = path.basename(archive);
  return fileName.startsWith(`${base}.`) && fileName.endsWith('.part');
}

/** Part files and archives of other jars or runtimes are removed once this old. */
export const StaleAfterMillis = 7 * 24 * 60 * 60 * 1000;

/** True for a file of ours that no start will use: another key's, or a dump abandoned long ago. */
export function isStale(archive: string, fileName: string, modifiedMillis: number, nowMillis: number): boolean {
  if (!fileName.startsWith('scenecost-server-') || fileName === path.basename(archive)) {
    return false;
  }
  return nowMillis - modifiedMillis > StaleAfterMillis;
}

/**
 * The magic number HotSpot writes at the start of a dynamic archive (0xf00baba8, little-endian on
 * every platform Scenecost ships for); the header is written once the archive's content is.
 */
const DynamicArchiveMagic = [0xa8, 0xab, 0x0b, 0xf0];

/** True when the file's first bytes are those of a finished dynamic archive. */
export function isFinishedArchive(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= DynamicArchiveMagic.length && DynamicArchiveMagic.every((byte, i) => firstBytes[i] === byte);
}

/**
 * The JVM options that use or create the archive, placed before the writer's own options. None
 * when the writer's options already say something about class-data sharing (`-Xshare:off` turns
 * it off) or there is no archive path. JVM warnings go to stderr with them: stdout carries the
 * protocol, and a warning about an archive must never corrupt it.
 */
export function classDataArguments(
  writerOptions: readonly string[],
  archive: string | undefined,
  archiveReady: boolean,
  tag: string,
): string[] {
  if (archive === undefined || writerOptions.some((option) => /^-Xshare|SharedArchiveFile|ArchiveClassesAtExit/.test(option))) {
    return [];
  }
  return [
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
    archiveReady ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${partialArchivePath(archive, tag)}`,
  ];
}
