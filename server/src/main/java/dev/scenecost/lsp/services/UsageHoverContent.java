package dev.scenecost.lsp.services;

import dev.scenecost.budget.usage.UsageWording;
import java.util.Optional;

/**
 * The usage section under a scene heading's hover: what was spent per modality beside the estimate,
 * and the calibrated estimate once scenes are finished. Only for a tracked screenplay.
 */
final class UsageHoverContent {
  private UsageHoverContent() {}

  static Optional<String> markdown(Analysis analysis, int sceneIndex) {
    return analysis
        .usage()
        .filter(DocumentUsage::tracked)
        .flatMap(DocumentUsage::usageAnalysis)
        .flatMap(
            usage ->
                usage
                    .scene(sceneIndex)
                    .filter(scene -> sceneIndex < usage.plans().size())
                    .map(
                        scene ->
                            String.join(
                                "\n",
                                new UsageWording(usage.currencySymbol())
                                    .sceneHover(
                                        scene,
                                        usage.plans().get(sceneIndex),
                                        usage.calibration()))));
  }
}
