/**
 * The machinery behind {@link dev.scenecost.jfountain.FountainParser}: not API, may change in any
 * release. The parse runs in passes, each linear in the input:
 *
 * <ol>
 *   <li>{@link dev.scenecost.jfountain.internal.SourceDecoder} turns bytes into text;
 *   <li>{@code SourceLines} finds the lines, {@code MaskScanner} the boneyards and notes, and
 *       {@code LineBuilder} cuts them out of the lines they touch;
 *   <li>{@code TitlePageParser}, then {@link dev.scenecost.jfountain.internal.BlockParser} with one
 *       small rule class per element kind, build the body;
 *   <li>{@code OutlineBuilder} groups it into scenes and sections;
 *   <li>{@link dev.scenecost.jfountain.internal.InlineParser} splits an element's text into
 *       emphasis runs, lazily, when a caller asks for them.
 * </ol>
 */
package dev.scenecost.jfountain.internal;
