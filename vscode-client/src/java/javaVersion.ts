/**
 * Reads the major version from what `java -version` prints, for example
 * `openjdk version "17.0.15" 2025-04-15` (17), `java version "1.8.0_392"` (8) or
 * `openjdk version "21-ea"` (21). Returns undefined when the output names no version.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  // Java 8 and older call themselves 1.x.
  if (first === 1 && match[2] !== undefined) {
    return Number(match[2]);
  }
  return first;
}

export const MinimumJavaVersion = 17;
