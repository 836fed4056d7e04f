package dev.scenecost.budget.result;

/** How serious a finding is; maps one to one onto editor diagnostic severities. */
public enum Severity {
  ERROR,
  WARNING,
  INFORMATION,
  HINT
}
