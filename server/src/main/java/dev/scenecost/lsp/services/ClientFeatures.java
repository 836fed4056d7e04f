package dev.scenecost.lsp.services;

import org.eclipse.lsp4j.ClientCapabilities;

/** What the editor can show, where features adapt to it. */
public record ClientFeatures(boolean relatedInformation, boolean markdown) {
  public static final ClientFeatures ALL = new ClientFeatures(true, true);

  public static ClientFeatures of(ClientCapabilities capabilities) {
    var text = capabilities == null ? null : capabilities.getTextDocument();
    boolean related =
        text != null
            && text.getPublishDiagnostics() != null
            && Boolean.TRUE.equals(text.getPublishDiagnostics().getRelatedInformation());
    boolean markdown =
        text == null
            || text.getHover() == null
            || text.getHover().getContentFormat() == null
            || text.getHover().getContentFormat().contains("markdown");
    return new ClientFeatures(related, markdown);
  }
}
