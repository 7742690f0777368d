package org.sbiretl.transforms.link;

import java.util.List;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.NameFrequency;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * The awards by the keys they are blocked on: for a recipient key, the awards it meets. Built once
 * per side-input instance in each worker; a key's awards are a contiguous range of {@link #awards}.
 */
final class ChosenKeyIndex {
  final KeyHashes keys;
  private final int[] offsets;
  private final int[] awards;
  final AwardKeys[] probes;
  final NameFrequency[] nameFrequencies;

  private ChosenKeyIndex(
      KeyHashes keys,
      int[] offsets,
      int[] awards,
      AwardKeys[] probes,
      NameFrequency[] nameFrequencies) {
    this.keys = keys;
    this.offsets = offsets;
    this.awards = awards;
    this.probes = probes;
    this.nameFrequencies = nameFrequencies;
  }

  static ChosenKeyIndex of(List<AwardKeys> chosen, TokenWeights weights, MatchModel model) {
    AwardKeys[] probes = chosen.toArray(AwardKeys[]::new);
    int entries = 0;
    for (AwardKeys a : probes) {
      entries += a.keyHashes.length;
    }
    long[] all = new long[entries];
    int n = 0;
    for (AwardKeys a : probes) {
      System.arraycopy(a.keyHashes, 0, all, n, a.keyHashes.length);
      n += a.keyHashes.length;
    }
    KeyHashes keys = KeyHashes.ofUnsorted(all, n);
    // Counting sort of (key, award) by key position: offsets[k]..offsets[k+1] are key k's awards.
    int[] offsets = new int[keys.size() + 1];
    for (AwardKeys a : probes) {
      for (long h : a.keyHashes) {
        offsets[keys.indexOf(h) + 1]++;
      }
    }
    for (int k = 0; k < keys.size(); k++) {
      offsets[k + 1] += offsets[k];
    }
    int[] fill = java.util.Arrays.copyOf(offsets, keys.size());
    int[] awards = new int[entries];
    NameFrequency[] frequencies = new NameFrequency[probes.length];
    for (int i = 0; i < probes.length; i++) {
      for (long h : probes[i].keyHashes) {
        awards[fill[keys.indexOf(h)]++] = i;
      }
      frequencies[i] =
          NameFrequency.estimate(probes[i].features.names(), weights, model.recipients());
    }
    return new ChosenKeyIndex(keys, offsets, awards, probes, frequencies);
  }

  int size() {
    return probes.length;
  }

  /** First entry of a key position's range in {@link #award(int)}. */
  int from(int keyPosition) {
    return offsets[keyPosition];
  }

  /** End (exclusive) of a key position's range. */
  int to(int keyPosition) {
    return offsets[keyPosition + 1];
  }

  /** The award (a position in {@link #probes}) of an entry. */
  int award(int entry) {
    return awards[entry];
  }
}
