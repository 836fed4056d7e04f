import assert from 'node:assert/strict';
import { test } from 'node:test';
import { archivePath, classDataArguments, isFinishedArchive, isPartOf, isStale, partialArchivePath, StaleAfterMillis } from '../../src/server/classDataArchive';
import { buildServerCommand } from '../../src/server/serverCommand';

const key = {
  jarPath: '/ext/server/scenecost.jar',
  jarSize: 4_000_000,
  jarModified: 1_764_000_000_000,
  javaExecutable: '/usr/lib/jvm/java-17/bin/java',
  javaModified: 1_700_000_000_000,
  javaMajorVersion: 17,
};

test('one archive per jar and Java: a new jar or an updated Java gets a new one', () => {
  const archive = archivePath('/storage', key);
  assert.match(archive, /^\/storage\/scenecost-server-java17-[0-9a-f]{16}\.jsa$/);
  assert.equal(archivePath('/storage', { ...key }), archive, 'the same files, the same archive');
  assert.notEqual(archivePath('/storage', { ...key, jarModified: key.jarModified + 1 }), archive);
  assert.notEqual(archivePath('/storage', { ...key, jarSize: key.jarSize + 1 }), archive);
  assert.notEqual(archivePath('/storage', { ...key, javaModified: key.javaModified + 1 }), archive);
  assert.notEqual(archivePath('/storage', { ...key, javaExecutable: '/opt/jdk-21/bin/java', javaMajorVersion: 21 }), archive);
});

test('the first start writes the archive aside; later starts map it; warnings never reach stdout', () => {
  const archive = '/storage/a.jsa';
  assert.deepEqual(classDataArguments([], archive, false, '1f2e'), ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:ArchiveClassesAtExit=/storage/a.jsa.1f2e.part']);
  assert.deepEqual(classDataArguments(['-Xmx512m'], archive, true, '1f2e'), ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:SharedArchiveFile=/storage/a.jsa']);
  assert.equal(partialArchivePath(archive, 'beef'), '/storage/a.jsa.beef.part');
});

test("each start without an archive dumps to a part file of its own, and only this archive's parts count", () => {
  const archive = '/storage/scenecost-server-java17-0123456789abcdef.jsa';
  assert.equal(isPartOf(archive, 'scenecost-server-java17-0123456789abcdef.jsa.1f2e.part'), true);
  assert.equal(isPartOf(archive, 'scenecost-server-java17-0123456789abcdef.jsa'), false);
  assert.equal(isPartOf(archive, 'scenecost-server-java21-fedcba9876543210.jsa.1f2e.part'), false);
});

test('old files of other jars or runtimes, and dumps abandoned long ago, are cleared; the archive in use never is', () => {
  const archive = '/storage/scenecost-server-java17-0123456789abcdef.jsa';
  const now = 10 * StaleAfterMillis;
  const old = now - StaleAfterMillis - 1;
  assert.equal(isStale(archive, 'scenecost-server-java17-fedcba9876543210.jsa', old, now), true);
  assert.equal(isStale(archive, 'scenecost-server-java17-0123456789abcdef.jsa.1f2e.part', old, now), true);
  assert.equal(isStale(archive, 'scenecost-server-java17-fedcba9876543210.jsa', now - 1000, now), false, 'recent: another window may use it');
  assert.equal(isStale(archive, 'scenecost-server-java17-0123456789abcdef.jsa', old, now), false);
  assert.equal(isStale(archive, 'notes.txt', old, now), false, 'not ours');
});

test("the writer's own class-data options, or no storage, leave it alone", () => {
  assert.deepEqual(classDataArguments(['-Xshare:off'], '/storage/a.jsa', true, 't'), []);
  assert.deepEqual(classDataArguments(['-XX:SharedArchiveFile=/mine.jsa'], '/storage/a.jsa', true, 't'), []);
  assert.deepEqual(classDataArguments(['-XX:ArchiveClassesAtExit=/mine.jsa'], '/storage/a.jsa', false, 't'), []);
  assert.deepEqual(classDataArguments([], undefined, false, 't'), []);
});

test('only a finished dump is taken into use', () => {
  assert.equal(isFinishedArchive(Uint8Array.from([0xa8, 0xab, 0x0b, 0xf0, 0x0e, 0, 0, 0])), true);
  assert.equal(isFinishedArchive(new Uint8Array(8)), false, 'killed before the header was written');
  assert.equal(isFinishedArchive(Uint8Array.from([0xa8, 0xab])), false, 'cut short');
  assert.equal(isFinishedArchive(Uint8Array.from([0xf0, 0x0b, 0xab, 0xa8])), false);
});

test("our options come before the writer's, so the writer's win", () => {
  assert.deepEqual(buildServerCommand('java', '-Xmx1g', 'a.jar', ['-XX:SharedArchiveFile=/s/a.jsa']).args, [
    '-XX:SharedArchiveFile=/s/a.jsa',
    '-Xmx1g',
    '-jar',
    'a.jar',
    'lsp',
  ]);
});
