package dev.scenecost.lsp;

import dev.scenecost.budget.report.FilmFigures;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor as Scenecost's server talks to it: the LSP plus Scenecost's own notification. */
public interface ScenecostLanguageClient extends LanguageClient {

  /**
   * Parameters of {@code scenecost/reportChanged}: which document, at which version, and the status
   * bar's line for it (absent without an estimate), so that a client showing only that line need
   * not ask for the whole report.
   */
  final class ReportChangedParams {
    private String uri;
    private int version;
    private FilmFigures.StatusLine statusBar;

    public ReportChangedParams() {}

    public ReportChangedParams(String uri, int version) {
      this(uri, version, null);
    }

    public ReportChangedParams(String uri, int version, FilmFigures.StatusLine statusBar) {
      this.uri = uri;
      this.version = version;
      this.statusBar = statusBar;
    }

    public FilmFigures.StatusLine getStatusBar() {
      return statusBar;
    }

    public void setStatusBar(FilmFigures.StatusLine statusBar) {
      this.statusBar = statusBar;
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
   * report changed, so a budget view asks {@code scenecost/report} again; a status bar reads the
   * line it carries. Editors that do not know it ignore it.
   */
  @JsonNotification("scenecost/reportChanged")
  void reportChanged(ReportChangedParams params);
}
