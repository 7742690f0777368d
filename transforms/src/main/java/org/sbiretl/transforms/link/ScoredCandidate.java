package org.sbiretl.transforms.link;

import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.PairComparator;

/** One candidate recipient with its comparison levels, weights and match probability. */
record ScoredCandidate(
    Recipient recipient, PairComparator.Result comparison, double[] weights, double probability) {

  /** Candidates sharing a UEI are one company; without a UEI a recipient row is its own. */
  String entity() {
    if (recipient.uei != null) {
      return "uei:" + recipient.uei;
    }
    return "row:" + recipient.id + ":" + recipient.duns + ":" + recipient.sourceRow;
  }
}
