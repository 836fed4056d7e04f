/** The budget view's stylesheet: VS Code's theme variables only, so it follows every theme. */
export const BudgetStyles = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 24px 0 8px; }
.verdict { margin: 0 0 12px; padding: 6px 10px; border-left: 4px solid var(--vscode-charts-green); }
.verdict.over { border-left-color: var(--vscode-charts-red); }
.verdict.unbudgeted { border-left-color: var(--vscode-charts-blue); }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 0; }
.totals div { padding: 6px 8px; background: var(--vscode-editorWidget-background);
  border: 1px solid var(--vscode-widget-border, transparent); border-radius: 4px; }
.totals dt { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.totals dd { margin: 2px 0 0; font-size: 1.15em; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 8px; color: var(--vscode-descriptionForeground); }
.legend svg { vertical-align: middle; margin-right: 4px; }
ol.scenes, ul.over-list { list-style: none; padding: 0; margin: 0; }
button.scene { display: grid; grid-template-columns: 3em minmax(8em, 1fr) minmax(6em, 1fr) auto;
  gap: 8px; align-items: center; width: 100%; padding: 3px 4px; margin: 0; border: 0; background: none;
  color: inherit; font: inherit; text-align: left; cursor: pointer; }
button.scene:hover { background: var(--vscode-list-hoverBackground); }
button.scene:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.number { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
.heading { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.amount { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
svg.bar { width: 100%; height: 12px; display: block; }
.track { fill: var(--vscode-editorWidget-background); }
.status-fits { fill: var(--vscode-charts-green); }
.status-over { fill: var(--vscode-charts-orange); }
.status-exhausted { fill: var(--vscode-charts-red); }
.status-unbudgeted { fill: var(--vscode-charts-blue); }
.allocation { fill: var(--vscode-foreground); }
.note { color: var(--vscode-descriptionForeground); }
.over-list button.scene { grid-template-columns: 3em minmax(8em, 1fr) auto; }
svg.bar.usage { height: 20px; }
.actual { fill: var(--vscode-charts-purple); }
.calibrated { fill: var(--vscode-charts-yellow); }
.spend { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
svg.burndown { width: 100%; height: 180px; display: block; background: var(--vscode-editorWidget-background);
  border: 1px solid var(--vscode-widget-border, transparent); border-radius: 4px; }
svg line, svg polyline { fill: none; stroke-width: 2; }
.planned { stroke: var(--vscode-charts-blue); stroke-dasharray: 4 3; }
.spent { stroke: var(--vscode-charts-purple); }
.forecast { stroke: var(--vscode-charts-orange); }
.budget-line { stroke: var(--vscode-charts-red); stroke-width: 1; }
.runs-out { stroke: var(--vscode-charts-red); stroke-width: 1; stroke-dasharray: 2 2; }
table.plan { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
table.plan th, table.plan td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
table.plan td.amount { text-align: right; }
ul.tradeoffs { padding-left: 1.2em; }
button.action { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 0;
  padding: 4px 12px; border-radius: 2px; font: inherit; cursor: pointer; }
button.action:hover { background: var(--vscode-button-hoverBackground); }
button.action:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`;
