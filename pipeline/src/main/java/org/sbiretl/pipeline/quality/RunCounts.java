package org.sbiretl.pipeline.quality;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * The counts a finished run is judged by, read from its counters: rows read, rows per output, and
 * the conservation identity {@code awards read = matched + review + unmatched + errors}.
 */
public record RunCounts(SortedMap<String, Long> counters) {

  public long get(String name) {
    return counters.getOrDefault(name, 0L);
  }

  public long awardsRead() {
    return get(CounterNames.AWARDS_READ);
  }

  public long validAwards() {
    return get(CounterNames.AWARDS_VALID);
  }

  /** Valid awards without field-level flags, or -1 when the run did not record them. */
  public long unflaggedAwards() {
    return counters.containsKey(CounterNames.AWARDS_UNFLAGGED)
        ? get(CounterNames.AWARDS_UNFLAGGED)
        : validAwards() == 0 ? 0 : -1;
  }

  public long output(String table) {
    return get(CounterNames.output(table));
  }

  /** Awards that landed in one of the four outputs. */
  public long accountedFor() {
    return output(OutputTables.MATCHED)
        + output(OutputTables.REVIEW)
        + output(OutputTables.UNMATCHED)
        + output(OutputTables.ERRORS);
  }

  public boolean conserved() {
    return awardsRead() == accountedFor();
  }

  /** Matched ÷ valid awards; review rows do not count as matched. 0 when there are none. */
  public double matchRate() {
    long valid = validAwards();
    return valid == 0 ? 0.0 : (double) output(OutputTables.MATCHED) / valid;
  }

  /** Counters whose name starts with {@code prefix}, keyed by the rest of the name. */
  public Map<String, Long> withPrefix(String prefix) {
    Map<String, Long> out = new TreeMap<>();
    counters.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }
}
