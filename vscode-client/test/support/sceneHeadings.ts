/**
 * An independent, deliberately simple reading of where the scene headings are (zero-based
 * lines), to check the server against: INT/EXT/EST/I/E headings or forced `.HEADING` lines after
 * a blank line, outside boneyard comments.
 */
export function sceneHeadingLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const headings: number[] = [];
  let inBoneyard = false;
  lines.forEach((line, index) => {
    const wasInBoneyard = inBoneyard;
    if (line.includes('/*')) {
      inBoneyard = true;
    }
    if (line.includes('*/')) {
      inBoneyard = false;
      return;
    }
    if (wasInBoneyard || inBoneyard) {
      return;
    }
    const afterBlank = index === 0 || lines[index - 1]!.trim() === '';
    if (afterBlank && (/^(INT|EXT|EST|INT\.?\/EXT|I\/E)[. ]/i.test(line) || /^\.[A-Za-z0-9]/.test(line))) {
      headings.push(index);
    }
  });
  return headings;
}
