package org.sbiretl.pipeline.cet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sbiretl.transforms.cet.CetArea;
import org.sbiretl.transforms.cet.CetSettings;
import org.sbiretl.transforms.cet.CetTaxonomy;

/**
 * The CET stage of a run as configured: the taxonomy, how awards are scored against it, the gates,
 * and where each came from (for the run summary and for rolling a taxonomy back). A disabled stage
 * has no taxonomy (null).
 */
public record CetSetup(
    boolean enabled,
    CetTaxonomy taxonomy,
    CetSettings scoring,
    CetGateSettings gates,
    String taxonomySource,
    String classificationSource) {

  /** Where run-summary.json holds {@link #toJson()}. */
  public static final String SUMMARY_KEY = "cet";

  /** The {@code cet} section of run-summary.json. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", enabled);
    m.put("taxonomy_version", taxonomy.version());
    m.put("taxonomy", taxonomySource);
    m.put("classification", classificationSource);
    m.put("areas", taxonomy.areas().stream().map(CetSetup::areaJson).toList());
    m.put("gates", gates.toJson());
    return m;
  }

  private static Map<String, Object> areaJson(CetArea a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    return m;
  }
}
