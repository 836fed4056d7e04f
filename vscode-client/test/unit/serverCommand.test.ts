import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../src/server/restartPolicy';
import { buildServerCommand, splitArguments } from '../../src/server/serverCommand';

test('the server runs as java [vmargs] -jar scenecost.jar lsp', () => {
  assert.deepEqual(buildServerCommand('/usr/bin/java', '-Xmx1g  -XX:+UseSerialGC', '/ext/server/scenecost.jar'), {
    command: '/usr/bin/java',
    args: ['-Xmx1g', '-XX:+UseSerialGC', '-jar', '/ext/server/scenecost.jar', 'lsp'],
  });
});

test('empty vmargs add nothing', () => {
  assert.deepEqual(buildServerCommand('java', '   ', 'a.jar').args, ['-jar', 'a.jar', 'lsp']);
  assert.deepEqual(buildServerCommand('java', undefined, 'a.jar').args, ['-jar', 'a.jar', 'lsp']);
});

test('quotes keep spaces inside one JVM option', () => {
  assert.deepEqual(splitArguments(`-Dlog.dir="/Users/me/My Films" -Dname='two words' -Xss4m`), [
    '-Dlog.dir=/Users/me/My Films',
    '-Dname=two words',
    '-Xss4m',
  ]);
  assert.deepEqual(splitArguments('-Dempty="" -ea'), ['-Dempty=', '-ea']);
});

test('four crashes in three minutes are restarted, the fifth is not', () => {
  let now = 0;
  const policy = new RestartPolicy(4, 180_000, () => now);
  const decisions: boolean[] = [];
  for (let crash = 0; crash < 5; crash++) {
    decisions.push(policy.recordCrash());
    now += 10_000;
  }
  assert.deepEqual(decisions, [true, true, true, true, false]);
  assert.equal(policy.recentCrashes, 5);
});

test('crashes older than the window are forgotten', () => {
  let now = 0;
  const policy = new RestartPolicy(2, 60_000, () => now);
  assert.equal(policy.recordCrash(), true); // t = 0
  now = 30_000;
  assert.equal(policy.recordCrash(), true); // t = 30 s: two in the window
  now = 70_000;
  assert.equal(policy.recordCrash(), true); // t = 70 s: the crash at 0 s left the window, two again
  now = 80_000;
  assert.equal(policy.recordCrash(), false); // 30 s, 70 s, 80 s: three in a minute
  policy.reset();
  assert.equal(policy.recordCrash(), true);
});
