package org.sbiretl.pipeline.quality;

import org.sbiretl.transforms.read.ReadAwards;
import org.sbiretl.transforms.read.ReadRecipients;

/** Names of the counters the run summary, gates and conservation check read. */
public final class CounterNames {
  public static final String AWARDS_READ = ReadAwards.READ_COUNTER;
  public static final String AWARDS_VALID = ReadAwards.VALID_COUNTER;
  public static final String AWARDS_UNFLAGGED = ReadAwards.UNFLAGGED_COUNTER;
  public static final String RECIPIENTS_READ = ReadRecipients.READ_COUNTER;
  public static final String RECIPIENTS_VALID = ReadRecipients.VALID_COUNTER;

  private CounterNames() {}

  /** Rows written to an output table, e.g. {@code output.matched}. */
  public static String output(String table) {
    return "output." + table;
  }
}
