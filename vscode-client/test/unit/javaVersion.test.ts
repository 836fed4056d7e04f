import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJavaMajorVersion } from '../../src/java/javaVersion';

test('reads the major version of modern OpenJDK output', () => {
  const output = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n';
  assert.equal(parseJavaMajorVersion(output), 17);
});

test('reads Java 8 and older, which call themselves 1.x', () => {
  assert.equal(parseJavaMajorVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
});

test('reads versions without a minor part and early-access builds', () => {
  assert.equal(parseJavaMajorVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaMajorVersion('openjdk version "24-ea" 2025-03-18'), 24);
});

test('skips lines the JVM prints before the version', () => {
  const output = 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "11.0.2" 2019-01-15\n';
  assert.equal(parseJavaMajorVersion(output), 11);
});

test('returns undefined when no version is printed', () => {
  assert.equal(parseJavaMajorVersion('bash: java: command not found'), undefined);
  assert.equal(parseJavaMajorVersion(''), undefined);
});
