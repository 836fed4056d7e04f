package dev.scenecost.lsp;

import com.google.gson.JsonElement;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/** Requests beyond the LSP that Scenecost's own client uses. */
public interface ScenecostServerExtensions {

  /**
   * Parameters of {@code scenecost/report}: the screenplay's URI and, optionally, the format
   * ({@code json}, {@code csv}, {@code md}) of the text to answer with, or, for the report object,
   * its detail ({@code full}, the default, or {@code figures}: each scene without its breakdown).
   */
  final class ReportParams {
    private String uri;
    private String format;
    private String detail;

    public ReportParams() {}

    public ReportParams(String uri) {
      this.uri = uri;
    }

    public ReportParams(String uri, String format) {
      this.uri = uri;
      this.format = format;
    }

    public String getFormat() {
      return format;
    }

    public String getDetail() {
      return detail;
    }

    public void setDetail(String detail) {
      this.detail = detail;
    }

    public void setFormat(String format) {
      this.format = format;
    }

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri;
    }
  }

  /**
   * The budget report of an open screenplay. Without a format: the JSON object of {@code scenecost
   * report --format json} (with {@code --usage} when the screenplay has a ledger), whole or, with
   * detail {@code figures}, without each scene's breakdown, as the client's budget view asks for
   * it. With a format: {@code {"text": ...}}, exactly what {@code scenecost report --format F}
   * prints, for exports. Null for a document that is not open.
   */
  @JsonRequest("scenecost/report")
  CompletableFuture<JsonElement> report(ReportParams params);

  /** Parameters of {@code scenecost/shots}: the screenplay's URI and the format. */
  final class ShotsParams {
    private String uri;
    private String format;

    public ShotsParams() {}

    public ShotsParams(String uri, String format) {
      this.uri = uri;
      this.format = format;
    }

    public String getUri() {
      return uri;
    }

    public void setUri(String uri) {
      this.uri = uri;
    }

    public String getFormat() {
      return format;
    }

    public void setFormat(String format) {
      this.format = format;
    }
  }

  /**
   * The shot list of an open screenplay, as {@code scenecost shots --format FORMAT} prints it: for
   * {@code json} (the default) the JSON object, for {@code csv} and {@code table} the text as a
   * JSON string; null for a document the server does not have, as {@code scenecost/report}.
   */
  @JsonRequest("scenecost/shots")
  CompletableFuture<JsonElement> shots(ShotsParams params);

  /** Parameters of {@code scenecost/fit}: the screenplay's URI. */
  final class FitParams {
    private String uri;

    public FitParams() {}

    public FitParams(String uri) {
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
   * The plan that fits an open screenplay to its budget, for the budget view to show beside the
   * current one: the object of {@code scenecost fit --format json} plus display texts ({@code
   * budgetText}, {@code costWithContingencyText}, each scene's {@code costText}) and, when the plan
   * fits and changes a tier, {@code edit}, the workspace edit of the code action "Fit the film to
   * its budget". Null for a document that is not open or has no budget.
   */
  @JsonRequest("scenecost/fit")
  CompletableFuture<JsonElement> fit(FitParams params);
}
