/**
 * The command line that starts the server: `java [options of ours] [vmargs] -jar scenecost.jar lsp`;
 * the writer's vmargs come after ours, so they win where both set the same option.
 */
export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
}

export function buildServerCommand(
  javaExecutable: string,
  vmargs: string | null | undefined,
  jarPath: string,
  ownOptions: readonly string[] = [],
): ServerCommand {
  return {
    command: javaExecutable,
    args: [...ownOptions, ...splitArguments(vmargs ?? ''), '-jar', jarPath, 'lsp'],
  };
}

/**
 * Splits a string of JVM options the way a shell would for the simple cases writers meet:
 * whitespace separates, single or double quotes keep spaces (`-Dname="two words"`).
 */
export function splitArguments(text: string): string[] {
  const result: string[] = [];
  let current = '';
  let inArgument = false;
  let quote: '"' | "'" | undefined;
  for (const character of text) {
    if (quote) {
      if (character === quote) {
        quote = undefined;
      } else {
        current += character;
      }
    } else if (character === '"' || character === "'") {
      quote = character;
      inArgument = true;
    } else if (/\s/.test(character)) {
      if (inArgument) {
        result.push(current);
        current = '';
        inArgument = false;
      }
    } else {
      current += character;
      inArgument = true;
    }
  }
  if (inArgument) {
    result.push(current);
  }
  return result;
}
