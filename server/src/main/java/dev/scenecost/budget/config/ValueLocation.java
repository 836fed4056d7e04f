package dev.scenecost.budget.config;

/**
 * Where a setting's value is written, for fixes that edit it: the file, the 1-based line and column
 * of its first character, and its length as written.
 */
public record ValueLocation(String file, int line, int column, int length) {}
