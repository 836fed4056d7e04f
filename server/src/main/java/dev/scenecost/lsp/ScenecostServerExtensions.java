package dev.scenecost.lsp;

import com.google.gson.JsonElement;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/** Requests beyond the LSP that Scenecost's own client uses. */
public interface ScenecostServerExtensions {

  /** Parameters of {@code scenecost/report}: the screenplay's URI. */
  final class ReportParams {
    private String uri;

    public ReportParams() {}

    public ReportParams(String uri) {
      this.uri = uri;
    }

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri;
    }
  }

  /**
   * The budget report of an open screenplay as JSON, the same document as {@code scenecost report
   * --format json}, for the client's budget view and status bar.
   */
  @JsonRequest("scenecost/report")
  CompletableFuture<JsonElement> report(ReportParams params);
}
