import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findJava, JavaProbe, JavaSearchResult } from '../../src/java/findJava';

const Java17 = 'openjdk version "17.0.15" 2025-04-15';
const Java11 = 'openjdk version "11.0.2" 2019-01-15';

/** A machine with the given java executables, each printing its `-version` text. */
function machine(javas: Record<string, string>, env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): JavaProbe & { ran: string[] } {
  const ran: string[] = [];
  return {
    env,
    platform,
    homeDirectory: '/home/writer',
    ran,
    isFile: async (filePath) => filePath in javas,
    readVersionOutput: async (executable) => {
      ran.push(executable);
      const output = javas[executable];
      if (output === undefined) {
        throw new Error(`spawn ${executable} ENOENT`);
      }
      return output;
    },
  };
}

function foundExecutable(result: JavaSearchResult): string {
  assert.ok(result.found, result.found ? '' : result.message);
  return result.runtime.executable;
}

function problem(result: JavaSearchResult): string {
  assert.ok(!result.found, 'expected no usable Java');
  return result.message;
}

test('the setting wins over JAVA_HOME and PATH', async () => {
  const probe = machine(
    { '/opt/jdk-21/bin/java': 'openjdk version "21.0.1"', '/usr/lib/jvm/17/bin/java': Java17, '/usr/bin/java': Java17 },
    { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' },
  );
  const result = await findJava('/opt/jdk-21', probe);
  assert.equal(foundExecutable(result), '/opt/jdk-21/bin/java');
  assert.deepEqual(result.found && [result.runtime.majorVersion, result.runtime.source], [21, 'setting']);
});

test('JAVA_HOME is used when the setting is empty', async () => {
  const probe = machine({ '/usr/lib/jvm/17/bin/java': Java17, '/usr/bin/java': Java11 }, { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' });
  const result = await findJava('  ', probe);
  assert.equal(foundExecutable(result), '/usr/lib/jvm/17/bin/java');
  assert.equal(result.found && result.runtime.source, 'JAVA_HOME');
});

test('the first java on the PATH is used last', async () => {
  const probe = machine({ '/second/java': Java17, '/third/java': Java11 }, { PATH: '/first:/second:/third' });
  const result = await findJava(null, probe);
  assert.equal(foundExecutable(result), '/second/java');
  assert.equal(result.found && result.runtime.source, 'PATH');
});

test('Windows looks for java.exe on a semicolon PATH', async () => {
  const probe = machine({ 'C:\\jdk17\\bin\\java.exe': Java17 }, { Path: 'C:\\Windows;C:\\jdk17\\bin' }, 'win32');
  assert.equal(foundExecutable(await findJava(undefined, probe)), 'C:\\jdk17\\bin\\java.exe');
});

test('a setting starting with ~ means the home folder', async () => {
  const probe = machine({ '/home/writer/jdks/17/bin/java': Java17 });
  assert.equal(foundExecutable(await findJava('~/jdks/17', probe)), '/home/writer/jdks/17/bin/java');
});

test('a broken setting is reported, not skipped for another Java', async () => {
  const probe = machine({ '/usr/bin/java': Java17 }, { PATH: '/usr/bin' });
  const message = problem(await findJava('/opt/nothing-here', probe));
  assert.match(message, /scenecost\.java\.home \("\/opt\/nothing-here"\) is not a Java installation: there is no bin\/java in it/);
  assert.deepEqual(probe.ran, [], 'the PATH java must not be tried');
});

test('a broken JAVA_HOME is reported by name', async () => {
  const message = problem(await findJava(null, machine({}, { JAVA_HOME: '/gone', PATH: '' })));
  assert.match(message, /^JAVA_HOME \("\/gone"\) is not a Java installation/);
});

test('a Java older than 17 is too old, whichever way it was found', async () => {
  const fromPath = problem(await findJava(null, machine({ '/usr/bin/java': Java11 }, { PATH: '/usr/bin' })));
  assert.match(fromPath, /The java on your PATH \("\/usr\/bin\/java"\) is Java 11, and Scenecost needs Java 17 or newer/);
  const fromSetting = problem(await findJava('/jdk8', machine({ '/jdk8/bin/java': 'java version "1.8.0_392"' })));
  assert.match(fromSetting, /is Java 8, and Scenecost needs Java 17 or newer/);
});

test('no Java anywhere says where it looked and what to do', async () => {
  const message = problem(await findJava(undefined, machine({}, { PATH: '/usr/bin:/bin' })));
  assert.match(message, /found none: scenecost\.java\.home is empty, JAVA_HOME is not set and there is no java on the PATH/);
  assert.match(message, /set scenecost\.java\.home to its folder/);
});

test('a java that cannot run or prints no version is reported with what happened', async () => {
  const crashing: JavaProbe = { ...machine({ '/usr/bin/java': Java17 }, { PATH: '/usr/bin' }), readVersionOutput: async () => Promise.reject(new Error('EACCES')) };
  assert.match(problem(await findJava(null, crashing)), /could not be started \(EACCES\)/);
  const silent = machine({ '/usr/bin/java': 'Segmentation fault' }, { PATH: '/usr/bin' });
  assert.match(problem(await findJava(null, silent)), /did not say which Java version it is \(it printed "Segmentation fault"\)/);
});

test('the runtime bundled with the extension comes first, before the setting, JAVA_HOME and PATH', async () => {
  const probe = machine(
    { '/ext/jre/bin/java': Java17, '/opt/jdk-21/bin/java': 'openjdk version "21.0.1"', '/usr/bin/java': Java17 },
    { JAVA_HOME: '/opt/jdk-21', PATH: '/usr/bin' },
  );
  const result = await findJava('/opt/jdk-21', probe, '/ext/jre');
  assert.equal(foundExecutable(result), '/ext/jre/bin/java');
  assert.equal(result.found && result.runtime.source, 'bundled');
  assert.deepEqual(probe.ran, ['/ext/jre/bin/java']);
});

test('a universal package has no jre/: the search goes on as before', async () => {
  const probe = machine({ '/usr/lib/jvm/17/bin/java': Java17 }, { JAVA_HOME: '/usr/lib/jvm/17' });
  const result = await findJava(null, probe, '/ext/jre');
  assert.equal(foundExecutable(result), '/usr/lib/jvm/17/bin/java');
  assert.deepEqual(probe.ran, ['/usr/lib/jvm/17/bin/java'], 'nothing is run from the missing jre/');
});

test('a bundled runtime that cannot start gives way to the setting, JAVA_HOME and PATH', async () => {
  const broken: JavaProbe & { ran: string[] } = machine({ '/ext/jre/bin/java': Java17, '/usr/bin/java': Java17 }, { PATH: '/usr/bin' });
  const readVersion = broken.readVersionOutput;
  broken.readVersionOutput = async (executable) => {
    if (executable.startsWith('/ext/jre/')) throw new Error("/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found");
    return readVersion(executable);
  };
  const result = await findJava(undefined, broken, '/ext/jre');
  assert.equal(foundExecutable(result), '/usr/bin/java');
  assert.equal(result.found && result.runtime.source, 'PATH');
});

test('when nothing works, the writer hears why the bundled runtime did not either', async () => {
  const probe = machine({ '/ext/jre/bin/java': 'java version "1.8.0_392"' }, { PATH: '' });
  const message = problem(await findJava(null, probe, '/ext/jre'));
  assert.match(message, /^The Java runtime that came with Scenecost \("\/ext\/jre"\) is Java 8, and Scenecost needs Java 17 or newer\. Scenecost needs Java 17 or newer to run, and found none/);
  const withBrokenSetting = problem(await findJava('/gone', probe, '/ext/jre'));
  assert.match(withBrokenSetting, /^The Java runtime that came with Scenecost .* is Java 8.*The setting scenecost\.java\.home \("\/gone"\) is not a Java installation/);
});
