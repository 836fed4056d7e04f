package dev.scenecost.budget.result;

import dev.scenecost.jfountain.SourceRange;

/** Another place a finding concerns, such as another scene of an inconsistent character. */
public record RelatedRange(SourceRange range, String message) {}
