package org.sbiretl.pipeline.enrich;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/** The busiest pruned blocking keys, as one JSON array, for the run summary and report. */
class ReportPrunedKeys extends PTransform<PCollection<KV<String, Long>>, PCollection<String>> {
  static final int REPORTED = 20;

  @Override
  public PCollection<String> expand(PCollection<KV<String, Long>> capped) {
    return capped
        .apply("BusiestKeys", Top.of(REPORTED, new ByRecipients()).withoutDefaults())
        .apply(
            "PrunedKeysJson",
            MapElements.into(TypeDescriptors.strings())
                .via((List<KV<String, Long>> top) -> Diagnostics.prunedKeysJson(top)));
  }

  /** Larger blocks first; ties by key so the report is the same on every runner. */
  static final class ByRecipients implements Comparator<KV<String, Long>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(KV<String, Long> a, KV<String, Long> b) {
      int bySize = Long.compare(a.getValue(), b.getValue());
      return bySize != 0 ? bySize : b.getKey().compareTo(a.getKey());
    }
  }
}
