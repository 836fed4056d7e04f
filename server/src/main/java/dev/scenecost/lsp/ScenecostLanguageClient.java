package dev.scenecost.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor as Scenecost's server talks to it: the LSP plus Scenecost's own notification. */
public interface ScenecostLanguageClient extends LanguageClient {

  /** Parameters of {@code scenecost/reportChanged}: which document, at which version. */
  final class ReportChangedParams {
    private String uri;
    private int version;

    public ReportChangedParams() {}

    public ReportChangedParams(String uri, int version) {
      this.uri = uri;
      this.version = version;
    }

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri;
    }

    public int getVersion() {
      return version;
    }

    public void setVersion(int version) {
      this.version = version;
    }
  }

  /**
   * Sent after every analysis of an open screenplay (an edit, a settings or ledger change): its
   * report changed, so a budget view or status bar asks {@code scenecost/report} again. Editors
   * that do not know it ignore it.
   */
  @JsonNotification("scenecost/reportChanged")
  void reportChanged(ReportChangedParams params);
}
